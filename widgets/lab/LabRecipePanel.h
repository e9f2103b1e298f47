#pragma once
// The socket lab's guided recipes (core/posix/LabRecipes.h): choose one, then make its steps in order.
// A step's button is enabled when the live table says the step makes sense; the next step is marked;
// what each step is for is written under the list.

#include "LabRecipes.h"

#include <QWidget>

#include <map>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sockscope {

class LabRecipePanel : public QWidget {
    Q_OBJECT
public:
    explicit LabRecipePanel(QWidget* parent = nullptr);

    // The live table: re-judges which steps are enabled.
    void setRows(const std::vector<LabSocketRow>& rows);
    // The result of a step this panel asked for.
    void recordResult(const std::string& recipeId, int step, const LabResult& result);
    // A call made from the lab's tabs: when it is the current recipe's next step, that step is done.
    // True when it was.
    bool noticeCallMadeByHand(const LabResult& result);
    // The lab id of the socket the next step acts on ("" when it creates one or is not known yet).
    std::string nextStepSocket() const;

    void selectRecipe(const std::string& recipeId);
    const LabRecipe& currentRecipe() const;
    // Makes a step (as a click on its button would); false when it is not enabled now.
    bool runStep(int step);
    QPushButton* stepButton(int step) const;
    int nextStep() const;
    void restart();

signals:
    // The page makes the call; `dataText` is the text (with C escapes) of a step that sends.
    void stepRequested(const std::string& recipeId, int step, const sockscope::LabRequest& request,
                       const QString& dataText);

private:
    void rebuild();
    void updateComboToolTip();
    void refresh();

    std::vector<LabRecipe> recipes_;
    std::map<std::string, LabRecipeProgress> progress_;
    std::vector<LabSocketRow> rows_;
    int current_ = 0;
    QComboBox* recipeCombo_;
    QLabel* summary_;
    QVBoxLayout* stepsLayout_;
    std::vector<QPushButton*> stepButtons_;
    QLabel* explanation_;
};

} // namespace sockscope
