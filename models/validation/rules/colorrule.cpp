// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/rules/choicefieldrule.h"
#include "validation/rules/rulehelpers.h"

#include <QColor>

namespace Agentry {

namespace {

QColor namedColor(const QString &name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
    return QColor::fromString(name);
#else
    return QColor(name);
#endif
}

// AG208: a colour outside the client's eight (hex codes, `teal`, `Yellow`): ignored, the agent
// shows without one. The fix picks the nearest of the eight by name, then by hue.
class ColorRule : public ChoiceFieldRule
{
    Q_DECLARE_TR_FUNCTIONS(ColorRule)

public:
    QString code() const override { return QStringLiteral("AG208"); }
    QString title() const override { return tr("Unknown colour"); }

protected:
    QString key() const override { return QStringLiteral("color"); }
    bool accepts(const RuleContext &context, const QJsonValue &value) const override
    {
        return value.isNull() || context.profile.fields().colors.contains(value.toString());
    }
    QString acceptedText(const RuleContext &context) const override { return context.profile.fields().colors.join(QLatin1String(", ")); }
    QString effect() const override { return tr("The agent shows without a colour."); }
    std::optional<QJsonValue> nearest(const RuleContext &context, const QJsonValue &value) const override
    {
        const QStringList &colors = context.profile.fields().colors;
        const QString text = value.toString().trimmed().toLower();
        if (colors.contains(text))
            return QJsonValue(text);
        static const QList<std::pair<QString, QString>> synonyms = {
            {QStringLiteral("magenta"), QStringLiteral("pink")}, {QStringLiteral("fuchsia"), QStringLiteral("pink")},
            {QStringLiteral("rose"), QStringLiteral("pink")},    {QStringLiteral("teal"), QStringLiteral("cyan")},
            {QStringLiteral("turquoise"), QStringLiteral("cyan")}, {QStringLiteral("aqua"), QStringLiteral("cyan")},
            {QStringLiteral("indigo"), QStringLiteral("purple")}, {QStringLiteral("violet"), QStringLiteral("purple")},
            {QStringLiteral("lavender"), QStringLiteral("purple")}, {QStringLiteral("gold"), QStringLiteral("yellow")},
            {QStringLiteral("amber"), QStringLiteral("yellow")},  {QStringLiteral("lime"), QStringLiteral("green")},
            {QStringLiteral("emerald"), QStringLiteral("green")}, {QStringLiteral("navy"), QStringLiteral("blue")},
            {QStringLiteral("crimson"), QStringLiteral("red")},   {QStringLiteral("maroon"), QStringLiteral("red")},
            {QStringLiteral("brown"), QStringLiteral("orange")},  {QStringLiteral("grey"), QString()}, {QStringLiteral("gray"), QString()},
        };
        for (const auto &[name, color] : synonyms) {
            if (text == name)
                return color.isEmpty() ? std::nullopt : std::optional<QJsonValue>(color);
        }
        const QString close = RuleHelpers::nearest(text, colors, 2);
        if (!close.isEmpty())
            return QJsonValue(close);
        const QColor wanted = namedColor(text);
        if (!wanted.isValid() || wanted.hsvSaturation() < 40)
            return std::nullopt;
        // By hue: the eight colours' own hues.
        QString best;
        int bestDistance = 361;
        for (const QString &color : colors) {
            const int hue = namedColor(color).hsvHue();
            const int distance = std::min(std::abs(hue - wanted.hsvHue()), 360 - std::abs(hue - wanted.hsvHue()));
            if (hue >= 0 && distance < bestDistance) {
                best = color;
                bestDistance = distance;
            }
        }
        return best.isEmpty() ? std::nullopt : std::optional<QJsonValue>(best);
    }
};

} // namespace

std::unique_ptr<Rule> Rules::color()
{
    return std::make_unique<ColorRule>();
}

} // namespace Agentry
