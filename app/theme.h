#pragma once

#include <QCoreApplication>
#include <QString>

// The window's colours: the system's, or Agentry's own light or dark palette.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    enum class Choice { System, Light, Dark };

    static void apply(Choice choice);
    static QString id(Choice choice); // for QSettings: system, light, dark
    static Choice fromId(const QString &id);
};
