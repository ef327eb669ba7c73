#pragma once

namespace stratum::ui {

class ConsoleWidget;

// Screenshot tour hook: stages pending row edits in a console whose first
// result is editable (a changed cell, a new row, a deleted row) and opens the
// Review panel. Returns false when the result cannot be edited. GUI thread.
class RowEditTour
{
public:
    static bool stage(ConsoleWidget *console);
};

}  // namespace stratum::ui
