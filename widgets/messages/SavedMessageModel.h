#pragma once
// The library's messages as a list: the name shown, the bytes and flags in the tooltip, F2 renames.

#include <QAbstractListModel>

#include <memory>

namespace sockscope {

class MessageLibrary;

class SavedMessageModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit SavedMessageModel(std::shared_ptr<MessageLibrary> library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // A one-line view of a message: "GET / HTTP/1.0⏎" or "hex: de ad be ef".
    static QString preview(const QString& text, int syntax);

signals:
    // A rename the library refused, and why.
    void renameRefused(const QString& why);

private:
    std::shared_ptr<MessageLibrary> library_;
    int renaming_ = -1; // the row setData() is renaming, while the library saves it
};

} // namespace sockscope
