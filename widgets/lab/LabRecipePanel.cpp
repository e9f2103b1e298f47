#include "LabRecipePanel.h"

#include "LabMessages.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace sockscope {

LabRecipePanel::LabRecipePanel(QWidget* parent) : QWidget(parent), recipes_(labRecipes())
{
    setObjectName(QStringLiteral("labRecipePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Recipe:"));
    recipeCombo_ = new QComboBox;
    recipeCombo_->setObjectName(QStringLiteral("labRecipeCombo"));
    // The titles are long: the combo has a row of its own, the whole panel wide, and the popup is as
    // wide as the longest title even when the panel is narrower.
    recipeCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    recipeCombo_->setMinimumContentsLength(14);
    label->setBuddy(recipeCombo_);
    for (const auto& r : recipes_) {
        const QString title = LabMessages::recipeTitle(r.id);
        recipeCombo_->addItem(title, QString::fromStdString(r.id));
        recipeCombo_->setItemData(recipeCombo_->count() - 1, title, Qt::ToolTipRole);
    }
    recipeCombo_->view()->setMinimumWidth(recipeCombo_->view()->sizeHintForColumn(0)
                                          + 2 * recipeCombo_->view()->frameWidth()
                                          + recipeCombo_->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    auto* restartButton = new QPushButton(tr("Restart"));
    restartButton->setToolTip(tr("Start this recipe again with new sockets (the old ones stay in the table)."));
    top->addWidget(label);
    top->addStretch(1);
    top->addWidget(restartButton);
    layout->addLayout(top);
    layout->addWidget(recipeCombo_);
    summary_ = new QLabel;
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    stepsLayout_ = new QVBoxLayout;
    stepsLayout_->setSpacing(2);
    layout->addLayout(stepsLayout_);
    explanation_ = new QLabel;
    explanation_->setObjectName(QStringLiteral("labRecipeExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(explanation_);
    layout->addStretch(1);

    connect(recipeCombo_, &QComboBox::currentIndexChanged, this, [this](int i) {
        current_ = std::max(0, i);
        updateComboToolTip();
        rebuild();
    });
    connect(restartButton, &QPushButton::clicked, this, &LabRecipePanel::restart);
    updateComboToolTip();
    rebuild();
}

// The tooltip names the chosen recipe in full, in case the panel is too narrow for its title.
void LabRecipePanel::updateComboToolTip()
{
    recipeCombo_->setToolTip(tr("%1\nA sequence of the chapter, one call per step, on sockets of its own.")
                                 .arg(recipeCombo_->currentText()));
}

const LabRecipe& LabRecipePanel::currentRecipe() const { return recipes_[static_cast<std::size_t>(current_)]; }

void LabRecipePanel::selectRecipe(const std::string& id)
{
    const int i = recipeCombo_->findData(QString::fromStdString(id));
    if (i >= 0)
        recipeCombo_->setCurrentIndex(i);
}

void LabRecipePanel::restart()
{
    progress_.erase(currentRecipe().id);
    refresh();
}

void LabRecipePanel::rebuild()
{
    for (QPushButton* b : stepButtons_)
        b->deleteLater();
    stepButtons_.clear();
    const LabRecipe& recipe = currentRecipe();
    summary_->setText(LabMessages::recipeSummary(recipe.id));
    for (std::size_t i = 0; i < recipe.steps.size(); ++i) {
        auto* b = new QPushButton;
        b->setObjectName(QStringLiteral("labRecipeStep%1").arg(i + 1));
        const QString hint = LabMessages::stepWireHint(recipe.steps[i].id);
        b->setToolTip(hint.isEmpty() ? LabMessages::stepText(recipe.steps[i].id)
                                     : tr("%1\nOn the Wire page: %2").arg(LabMessages::stepText(recipe.steps[i].id), hint));
        b->setStyleSheet(QStringLiteral("text-align: left; padding: 3px 8px;"));
        connect(b, &QPushButton::clicked, this, [this, i] { runStep(static_cast<int>(i)); });
        stepsLayout_->addWidget(b);
        stepButtons_.push_back(b);
    }
    refresh();
}

void LabRecipePanel::setRows(const std::vector<LabSocketRow>& rows)
{
    rows_ = rows;
    refresh();
}

int LabRecipePanel::nextStep() const
{
    const auto it = progress_.find(currentRecipe().id);
    return static_cast<int>(labRecipeNextStep(currentRecipe(), it == progress_.end() ? LabRecipeProgress{} : it->second));
}

QPushButton* LabRecipePanel::stepButton(int step) const
{
    return step >= 0 && step < static_cast<int>(stepButtons_.size()) ? stepButtons_[static_cast<std::size_t>(step)] : nullptr;
}

void LabRecipePanel::refresh()
{
    const LabRecipe& recipe = currentRecipe();
    const LabRecipeProgress& p = progress_[recipe.id];
    const int next = nextStep();
    for (std::size_t i = 0; i < stepButtons_.size(); ++i) {
        QPushButton* b = stepButtons_[i];
        const bool done = i < p.done.size() && p.done[i];
        const bool isNext = static_cast<int>(i) == next;
        const QString title = LabMessages::stepTitle(recipe.steps[i].id);
        b->setText(QStringLiteral("%1 %2. %3").arg(done ? QStringLiteral("\u2713") : isNext ? QStringLiteral("\u25B6") : QStringLiteral("\u2003"))
                       .arg(i + 1)
                       .arg(title));
        QFont f = b->font();
        f.setBold(isNext);
        b->setFont(f);
        b->setEnabled(labRecipeStepEnabled(recipe.steps[i], p, rows_));
    }
    if (next < static_cast<int>(recipe.steps.size())) {
        const std::string& id = recipe.steps[static_cast<std::size_t>(next)].id;
        const QString hint = LabMessages::stepWireHint(id);
        explanation_->setText(hint.isEmpty() ? tr("Next: %1").arg(LabMessages::stepText(id))
                                             : tr("Next: %1\nOn the Wire page: %2").arg(LabMessages::stepText(id), hint));
    }
    else
        explanation_->setText(tr("Done: every step of this recipe succeeded."));
}

bool LabRecipePanel::runStep(int step)
{
    const LabRecipe& recipe = currentRecipe();
    if (step < 0 || step >= static_cast<int>(recipe.steps.size()))
        return false;
    const LabRecipeStep& s = recipe.steps[static_cast<std::size_t>(step)];
    LabRecipeProgress& p = progress_[recipe.id];
    LabRequest request;
    if (!labRecipeStepEnabled(s, p, rows_) || !labRecipeRequest(s, p, rows_, request))
        return false;
    emit stepRequested(recipe.id, step, request, QString::fromStdString(s.request.data));
    return true;
}

void LabRecipePanel::recordResult(const std::string& recipeId, int step, const LabResult& result)
{
    for (const auto& r : recipes_)
        if (r.id == recipeId)
            labRecipeRecord(r, static_cast<std::size_t>(step), result, progress_[recipeId]);
    refresh();
}

bool LabRecipePanel::noticeCallMadeByHand(const LabResult& result)
{
    const LabRecipe& recipe = currentRecipe();
    LabRecipeProgress& p = progress_[recipe.id];
    const std::size_t step = labRecipeStepMadeByHand(recipe, p, rows_, result);
    if (step >= recipe.steps.size())
        return false;
    labRecipeRecord(recipe, step, result, p);
    refresh();
    return labRecipeNextStep(recipe, p) > step;
}

std::string LabRecipePanel::nextStepSocket() const
{
    const LabRecipe& recipe = currentRecipe();
    const auto pit = progress_.find(recipe.id);
    if (pit == progress_.end())
        return {};
    const std::size_t next = labRecipeNextStep(recipe, pit->second);
    if (next >= recipe.steps.size() || recipe.steps[next].request.call == LabCall::Socket)
        return {};
    const auto rit = pit->second.roles.find(recipe.steps[next].role);
    return rit == pit->second.roles.end() ? std::string() : rit->second;
}

} // namespace sockscope
