// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/guiapplication.h"

#include "gui/examplefolder.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTranslator>

namespace Agentry {

namespace {

QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace

int runGui(int argc, char **argv)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    // Qt 6 always scales for high-DPI screens; Qt 5 only when asked before the application exists.
    QApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Agentry"));
    QApplication::setOrganizationName(QStringLiteral("Agentry"));
    QApplication::setApplicationVersion(QStringLiteral(AGENTRY_VERSION));
    // Matches the installed io.agentry.Agentry.desktop, so Wayland shells find the icon.
    QApplication::setDesktopFileName(QStringLiteral("io.agentry.Agentry"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.agentry.Agentry"),
                                                 QIcon(QStringLiteral(":/agentry/icons/agentry.svg"))));

    // Both live until the application is gone; a missing catalogue just leaves English.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsPath()))
        QApplication::installTranslator(&qtTranslator);
    // Without a catalogue for the user's language the text is English, whose plural forms
    // ("1 agent", "2 agents") come from agentry_en.
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("agentry"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral("agentry_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    // Qt's own options (-style, -platform …) are gone from the arguments by now; the
    // subcommands, --help and --version never get here (see main.cpp).
    QCommandLineParser parser;
    parser.process(app);

    MainWindow window;
    const QStringList folders = parser.positionalArguments();
    if (!folders.isEmpty()) {
        window.openFolder(folders.first());
    } else {
        const QString examples = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/examples");
        const QString error = ExampleFolder::install(QStringLiteral(":/agentry/examples"), examples);
        // Without a writable copy the built-in examples can still be looked at.
        window.openFolder(error.isEmpty() ? examples : QStringLiteral(":/agentry/examples"));
        if (!error.isEmpty())
            window.statusBar()->showMessage(error);
    }
    window.show();
    return QApplication::exec();
}

} // namespace Agentry
