// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"
#include "gui/guiapplication.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace Agentry;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Only the window gets a QApplication, which needs a display; subcommands run headless.
    if (!CommandLine::handles(arguments))
        return runGui(argc, argv);

    QCoreApplication app(argc, argv);
    // The subcommands speak English; the catalogue gives their counts the right plural.
    QTranslator english;
    if (english.load(QStringLiteral("agentry_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&english);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine::run(arguments, out, err);
}
