#pragma once

#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;

namespace stratum::ui {

class ActionRegistry;

// The welcome tab: what a newcomer can do first (demo, connection, project
// folder, console) and an honest list of which of Stratum's views this build
// already has, read live from the action registry. GUI thread only.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(ActionRegistry &registry, QWidget *parent = nullptr);

    // (feature name, available) as currently shown, for tests.
    QList<QPair<QString, bool>> featureStates() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FeatureRow
    {
        QString name;
        QAction *action = nullptr;
        QLabel *state = nullptr;
        QLabel *icon = nullptr;
    };

    QWidget *buildHeader();
    QWidget *buildStartColumn(ActionRegistry &registry);
    QWidget *buildFeatureColumn(ActionRegistry &registry);
    void syncFeatures();

    QList<FeatureRow> m_features;
};

}  // namespace stratum::ui
