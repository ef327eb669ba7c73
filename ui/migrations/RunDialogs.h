#pragma once

// Kept only for MigrationView.h/.cpp, which another helper is editing this
// session; include ConfirmRunDialog.h or RunFailureDialog.h instead.
#include "ui/migrations/ConfirmRunDialog.h"
#include "ui/migrations/RunFailureDialog.h"
