#pragma once

#include <QMainWindow>

class AgentListModel;
class QLabel;
class QProgressBar;
class QTreeView;

// The main window: the agents of one folder as a sortable list, the folder picked from
// the File menu or given at start.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shows the agents of `folder`; they are loaded in the background.
    void openFolder(const QString &folder);

private:
    void createMenus();
    void chooseFolder();
    void showAbout();
    void showProgress(int done, int total);
    void showLoaded();

    // All owned by this window through the QObject tree.
    AgentListModel *m_model;
    QTreeView *m_view;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
};
