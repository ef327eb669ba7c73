#pragma once

#include <QDialog>

namespace stratum::ui {

// Help > About: Stratum's version and the versions of Qt, libpq and SQLite it
// runs on, with a button that copies them for a bug report. GUI thread only.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Everything the dialog shows, as plain text (for tests and the clipboard).
    QString versionsText() const;
};

}  // namespace stratum::ui
