#pragma once

#include <QDialog>

// Shows a unified diff, coloured, read-only: what a reload, a revert or a fix would change.
class DiffDialog : public QDialog
{
    Q_OBJECT

public:
    DiffDialog(const QString &title, const QString &diff, QWidget *parent = nullptr);
};
