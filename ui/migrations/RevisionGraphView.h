#pragma once

#include <QListView>

namespace stratum::ui {

class RevisionGraphDelegate;
class RevisionGraphModel;

// The revision graph as a list of uniform rows (so scrolling a history of
// thousands of revisions only paints the visible rows; the graph layout was
// computed once with the history). Hides the rows the model's filter rejects.
// GUI thread only.
class RevisionGraphView : public QListView
{
    Q_OBJECT

public:
    explicit RevisionGraphView(RevisionGraphModel *model, QWidget *parent = nullptr);

    RevisionGraphModel *graphModel() const { return m_model; }
    // The revision (graph index) of the current row; -1 when none.
    int selectedRevision() const;
    void selectRevision(int revision);
    // Scrolls to and selects the topmost revision the database stands at.
    bool jumpToCurrent();

signals:
    void revisionSelected(int revision);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFilter();

    RevisionGraphModel *m_model;
    RevisionGraphDelegate *m_delegate;
};

}  // namespace stratum::ui
