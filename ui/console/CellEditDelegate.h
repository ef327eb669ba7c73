#pragma once

#include <QStyledItemDelegate>

namespace stratum::ui {

class ResultModel;

// Editors for the result grid's cells by the column's kind: a choice of
// true/false for booleans, a line edit that accepts only a number for numeric
// columns (right-aligned like the values), a plain line edit otherwise. The
// model converts and checks what comes back. GUI thread only.
class CellEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CellEditDelegate(ResultModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    ResultModel *m_model;
};

}  // namespace stratum::ui
