// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "matrix/matrixreport.h"

#include "matrix/permissionmatrixmodel.h"
#include "runtime/toolcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace Agentry {

namespace {

const char *modeId(AgentGrants::Mode mode)
{
    switch (mode) {
    case AgentGrants::Mode::Explicit:
        return "explicit";
    case AgentGrants::Mode::Inherit:
        return "inherit";
    case AgentGrants::Mode::Unreadable:
        return "unreadable";
    }
    return "unreadable";
}

// RFC 4180: fields holding a separator, a quote or a line break are quoted, quotes doubled.
// A field a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first: an
// agent's name is the author's text) gets a leading apostrophe, so a reviewer opening the file
// runs nothing.
QString csvField(const QString &field)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const QString text = !field.isEmpty() && formulaStarts.contains(field.front()) ? u'\'' + field : field;
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',').toUtf8() + "\r\n";
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The state's class on the page, its symbol, and its words.
struct CellLook
{
    const char *cssClass;
    const char *symbol;
    QString words;
};

CellLook lookOf(const ToolGrant &grant)
{
    const QString patterns = grant.patterns.join(QLatin1String(", "));
    switch (grant.state) {
    case GrantState::Granted:
        return {"granted", "\u2713", MatrixReport::tr("granted")};
    case GrantState::Pattern:
        return {"pattern", "\u25D0", MatrixReport::tr("only %1").arg(patterns)};
    case GrantState::Inherited:
        return {"inherited", "\u2193", MatrixReport::tr("inherited")};
    case GrantState::Denied:
        return {"denied", "\u2717", patterns.isEmpty() ? MatrixReport::tr("denied") : MatrixReport::tr("denied: %1").arg(patterns)};
    case GrantState::Unknown:
        return {"unknown", "?", MatrixReport::tr("unknown")};
    case GrantState::Ask:
        return {"ask", "?!", patterns.isEmpty() ? MatrixReport::tr("asks first") : MatrixReport::tr("asks first; %1").arg(patterns)};
    case GrantState::NotGranted:
        break;
    }
    return {"", "", QString()};
}

struct ChangeLook
{
    const char *symbol;
    QString words;
};

ChangeLook changeLook(const QString &id)
{
    if (id == QLatin1String("added"))
        return {"+", MatrixReport::tr("added")};
    if (id == QLatin1String("removed"))
        return {"\u2212", MatrixReport::tr("removed")};
    return {"~", MatrixReport::tr("changed")};
}

const char *const kStyle =
    "body{font-family:system-ui,sans-serif;margin:1.5em;color:#1a1a1a;background:#fff}"
    "table{border-collapse:collapse;font-size:13px}"
    "th,td{border:1px solid #bbb;padding:2px 6px;text-align:center;white-space:nowrap}"
    "thead th{background:#eee;position:sticky;top:0}"
    "thead tr+tr th{top:1.6em}"
    "th.agent{text-align:left;position:sticky;left:0;background:#f7f7f7;z-index:1}"
    "thead th.agent{z-index:2}"
    ".file{display:block;font-weight:normal;color:#555;font-size:11px}"
    ".granted{background:#dcf2dc}.pattern{background:#fff1cc}.inherited{background:#e1eafb}"
    ".denied{background:#f9dede}.unknown{background:#ececec;color:#444}"
    ".added{outline:2px solid #1a7f37;outline-offset:-3px}"
    ".removed{outline:2px dashed #cf222e;outline-offset:-3px}"
    ".changed{outline:2px dotted #9a6700;outline-offset:-3px}"
    ".mark{display:block;font-size:11px;font-weight:bold}"
    ".risk-critical{background:#b3261e;color:#fff}.risk-high{background:#f2b8b5}"
    ".risk-medium{background:#fde2a7}.risk-low{background:#e6f4e6}"
    ".legacy{font-style:italic}.unreadable{color:#555;font-style:italic;text-align:left}"
    "dl.legend{display:grid;grid-template-columns:max-content auto;gap:2px 12px}"
    "dl.legend dt{text-align:center;padding:0 6px}dl.legend dd{margin:0}";

} // namespace

MatrixReport::MatrixReport(const QVector<MatrixReportAgent> &agents, const ToolCatalog &catalog)
    : m_agents(agents)
    , m_catalog(catalog)
{
    m_order.resize(m_agents.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return std::tie(m_agents.at(a).file, m_agents.at(a).name) < std::tie(m_agents.at(b).file, m_agents.at(b).name);
    });
    buildColumns();
}

void MatrixReport::setBaseline(const QString &label, const MatrixComparison &comparison, const QStringList &deletedFiles)
{
    QStringList deleted = deletedFiles;
    deleted.sort();
    m_baseline = Baseline{label, comparison, deleted};
    buildColumns();
}

void MatrixReport::buildColumns()
{
    // A tool named only at the baseline still needs its column: its cells show the removals.
    QVector<const AgentGrants *> grants;
    for (int i = 0; i < m_agents.size(); ++i) {
        grants.append(&m_agents.at(i).grants);
        if (const AgentGrants *before = m_baseline ? m_baseline->comparison.baselineOf(i) : nullptr)
            grants.append(before);
    }
    m_columns = MatrixColumns::build(grants, m_catalog);
}

QString MatrixReport::cellId(const ToolGrant &grant)
{
    const QString patterns = grant.patterns.join(QLatin1String(", "));
    switch (grant.state) {
    case GrantState::Granted:
        return QStringLiteral("granted");
    case GrantState::Pattern:
        return QLatin1String("pattern:") + patterns;
    case GrantState::Inherited:
        return QStringLiteral("inherited");
    case GrantState::Denied:
        return patterns.isEmpty() ? QStringLiteral("denied") : QLatin1String("denied:") + patterns;
    case GrantState::Unknown:
        return QStringLiteral("unknown");
    case GrantState::Ask:
        return patterns.isEmpty() ? QStringLiteral("ask") : QLatin1String("ask:") + patterns;
    case GrantState::NotGranted:
        break;
    }
    return {};
}

QString MatrixReport::changeId(int agent, const QString &column) const
{
    if (!m_baseline)
        return {};
    switch (m_baseline->comparison.change(agent, column)) {
    case MatrixComparison::Change::Added:
        return QStringLiteral("added");
    case MatrixComparison::Change::Removed:
        return QStringLiteral("removed");
    case MatrixComparison::Change::Changed:
        return QStringLiteral("changed");
    case MatrixComparison::Change::Same:
        break;
    }
    return {};
}

QString MatrixReport::baselineId(int agent) const
{
    if (!m_baseline)
        return {};
    if (m_baseline->comparison.isNew(agent))
        return QStringLiteral("new");
    return m_baseline->comparison.hasChanges(agent) ? QStringLiteral("changed") : QStringLiteral("same");
}

QByteArray MatrixReport::csv() const
{
    QStringList header{QStringLiteral("file"), QStringLiteral("name"), QStringLiteral("mode"), QStringLiteral("risk"), QStringLiteral("runtime")};
    if (m_baseline)
        header.append(QStringLiteral("baseline"));
    for (const MatrixColumn &column : m_columns)
        header.append(column.key);
    QByteArray csv = csvLine(header);
    for (const int i : m_order) {
        const MatrixReportAgent &agent = m_agents.at(i);
        QStringList fields{agent.file, agent.name, QLatin1String(modeId(agent.grants.mode())), QLatin1String(AgentRisk::levelId(agent.risk.level)),
                           Runtimes::id(agent.grants.runtime())};
        if (m_baseline)
            fields.append(baselineId(i));
        for (const MatrixColumn &column : m_columns) {
            QString cell = cellId(agent.grants.grant(column.key));
            const QString change = changeId(i, column.key);
            if (!change.isEmpty())
                cell += (cell.isEmpty() ? QString() : QStringLiteral(" ")) + u'[' + change + u']';
            fields.append(cell);
        }
        csv += csvLine(fields);
    }
    if (m_baseline) {
        for (const QString &file : m_baseline->deletedFiles) {
            QStringList fields{file, QString(), QString(), QString(), QString(), QStringLiteral("deleted")};
            for (int c = 0; c < m_columns.size(); ++c)
                fields.append(QString());
            csv += csvLine(fields);
        }
    }
    return csv;
}

QByteArray MatrixReport::json() const
{
    QJsonArray tools;
    for (const MatrixColumn &column : m_columns)
        tools.append(column.key);
    QJsonArray agents;
    for (const int i : m_order) {
        const MatrixReportAgent &agent = m_agents.at(i);
        QJsonObject cells;
        QJsonObject changes;
        for (const MatrixColumn &column : m_columns) {
            const QString cell = cellId(agent.grants.grant(column.key));
            if (!cell.isEmpty())
                cells.insert(column.key, cell);
            const QString change = changeId(i, column.key);
            if (!change.isEmpty())
                changes.insert(column.key, change);
        }
        QJsonObject object{
            {QStringLiteral("file"), agent.file},
            {QStringLiteral("name"), agent.name},
            {QStringLiteral("runtime"), Runtimes::id(agent.grants.runtime())},
            {QStringLiteral("mode"), QLatin1String(modeId(agent.grants.mode()))},
            {QStringLiteral("risk"), QLatin1String(AgentRisk::levelId(agent.risk.level))},
            {QStringLiteral("cells"), cells},
        };
        if (m_baseline) {
            object.insert(QStringLiteral("baseline"), baselineId(i));
            object.insert(QStringLiteral("changes"), changes);
        }
        agents.append(object);
    }
    QJsonObject root{{QStringLiteral("tools"), tools}, {QStringLiteral("agents"), agents}};
    if (m_baseline) {
        root.insert(QStringLiteral("baseline"), QJsonObject{
                                                    {QStringLiteral("source"), m_baseline->label},
                                                    {QStringLiteral("deleted"), QJsonArray::fromStringList(m_baseline->deletedFiles)},
                                                });
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray MatrixReport::html(const QString &title) const
{
    MatrixSummary summary;
    int changed = 0;
    int added = 0;
    for (int i = 0; i < m_agents.size(); ++i) {
        const MatrixReportAgent &agent = m_agents.at(i);
        ++summary.agents;
        if (agent.grants.mode() == AgentGrants::Mode::Unreadable)
            ++summary.unreadable;
        summary.canExecute += agent.risk.canExecute ? 1 : 0;
        summary.inheritAll += agent.risk.inheritsAll ? 1 : 0;
        summary.writeAndNetwork += agent.risk.canWrite && agent.risk.canReachNetwork ? 1 : 0;
        const QString since = baselineId(i);
        changed += since == QLatin1String("changed") ? 1 : 0;
        added += since == QLatin1String("new") ? 1 : 0;
    }

    QString page;
    page += QLatin1String("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>") + escaped(title)
        + QLatin1String("</title>\n<style>") + QLatin1String(kStyle) + QLatin1String("</style>\n</head>\n<body>\n<h1>")
        + escaped(title) + QLatin1String("</h1>\n");
    QStringList facts{tr("%n agent(s)", nullptr, summary.agents), summary.text()};
    if (summary.unreadable > 0)
        facts.append(tr("%n without readable frontmatter", nullptr, summary.unreadable));
    page += QLatin1String("<p class=\"summary\">") + escaped(facts.join(QStringLiteral(" · "))) + QLatin1String("</p>\n");
    if (m_baseline) {
        const QStringList changes{tr("%n agent(s) changed", nullptr, changed), tr("%n new", nullptr, added),
                                  tr("%n deleted", nullptr, int(m_baseline->deletedFiles.size()))};
        const QString compared = tr("Compared with %1: %2").arg(m_baseline->label, changes.join(QStringLiteral(" · ")));
        page += QLatin1String("<p class=\"baseline\">") + escaped(compared) + QLatin1String("</p>\n");
    }

    // Two header rows: the groups over their tools.
    page += QLatin1String("<table>\n<thead>\n<tr><th class=\"agent\" rowspan=\"2\" scope=\"col\">") + escaped(tr("Agent"))
        + QLatin1String("</th><th rowspan=\"2\" scope=\"col\">") + escaped(tr("Risk")) + QLatin1String("</th>")
        + QLatin1String("<th rowspan=\"2\" scope=\"col\">") + escaped(tr("Runtime")) + QLatin1String("</th>");
    if (m_baseline)
        page += QLatin1String("<th rowspan=\"2\" scope=\"col\">") + escaped(tr("Since baseline")) + QLatin1String("</th>");
    for (int c = 0; c < m_columns.size();) {
        const QString group = MatrixColumns::groupLabel(m_columns.at(c), m_catalog);
        int span = 1;
        while (c + span < m_columns.size() && MatrixColumns::groupLabel(m_columns.at(c + span), m_catalog) == group)
            ++span;
        page += QStringLiteral("<th colspan=\"%1\" scope=\"colgroup\">").arg(span) + escaped(group) + QLatin1String("</th>");
        c += span;
    }
    page += QLatin1String("</tr>\n<tr>");
    for (const MatrixColumn &column : m_columns) {
        QString label = column.key;
        if (column.kind == MatrixColumn::Kind::McpServer)
            label = tr("all tools");
        else if (column.kind == MatrixColumn::Kind::McpTool)
            label = ToolCatalog::parseMcpName(column.key)->tool;
        else if (column.legacy)
            label = tr("%1 (legacy)").arg(column.key);
        page += QLatin1String("<th scope=\"col\"") + (column.legacy ? QLatin1String(" class=\"legacy\"") : QLatin1String(""))
            + QLatin1String(" title=\"") + escaped(column.key) + QLatin1String("\">") + escaped(label) + QLatin1String("</th>");
    }
    page += QLatin1String("</tr>\n</thead>\n<tbody>\n");

    for (const int i : m_order) {
        const MatrixReportAgent &agent = m_agents.at(i);
        page += QLatin1String("<tr><th class=\"agent\" scope=\"row\">") + escaped(agent.name) + QLatin1String("<span class=\"file\">")
            + escaped(agent.file) + QLatin1String("</span></th>");
        const bool unreadable = agent.grants.mode() == AgentGrants::Mode::Unreadable;
        if (unreadable) {
            page += QLatin1String("<td>\u2014</td>");
        } else {
            page += QLatin1String("<td class=\"risk-") + QLatin1String(AgentRisk::levelId(agent.risk.level)) + QLatin1String("\" title=\"")
                + escaped(agent.risk.reasons.join(u'\n')) + QLatin1String("\">") + escaped(AgentRisk::levelName(agent.risk.level))
                + QLatin1String("</td>");
        }
        page += QLatin1String("<td>") + escaped(Runtimes::name(agent.grants.runtime())) + QLatin1String("</td>");
        if (m_baseline) {
            const QString since = baselineId(i);
            const QString words = since == QLatin1String("new") ? tr("new") : since == QLatin1String("changed") ? tr("changed") : QString();
            page += QLatin1String("<td>") + escaped(words) + QLatin1String("</td>");
        }
        if (unreadable) {
            page += QStringLiteral("<td class=\"unreadable\" colspan=\"%1\">").arg(std::max<qsizetype>(1, m_columns.size()))
                + escaped(tr("%1 reads no frontmatter in this file: it grants nothing").arg(Runtimes::name(agent.grants.runtime())))
                + QLatin1String("</td></tr>\n");
            continue;
        }
        for (const MatrixColumn &column : m_columns) {
            const CellLook look = lookOf(agent.grants.grant(column.key));
            const QString change = changeId(i, column.key);
            QStringList classes;
            if (*look.cssClass)
                classes.append(QLatin1String(look.cssClass));
            if (!change.isEmpty())
                classes.append(change);
            page += classes.isEmpty() ? QStringLiteral("<td>") : QLatin1String("<td class=\"") + classes.join(u' ') + QLatin1String("\">");
            if (!look.words.isEmpty())
                page += QString::fromUtf8(look.symbol) + u' ' + escaped(look.words);
            if (!change.isEmpty()) {
                const ChangeLook mark = changeLook(change);
                page += QLatin1String("<span class=\"mark\">") + QString::fromUtf8(mark.symbol) + u' ' + escaped(mark.words)
                    + QLatin1String("</span>");
            }
            page += QLatin1String("</td>");
        }
        page += QLatin1String("</tr>\n");
    }
    page += QLatin1String("</tbody>\n</table>\n");

    if (m_baseline && !m_baseline->deletedFiles.isEmpty()) {
        page += QLatin1String("<h2>") + escaped(tr("Deleted since the baseline")) + QLatin1String("</h2>\n<ul>\n");
        for (const QString &file : m_baseline->deletedFiles)
            page += QLatin1String("<li>") + escaped(file) + QLatin1String("</li>\n");
        page += QLatin1String("</ul>\n");
    }

    struct LegendEntry
    {
        QString cssClass;
        QString symbol;
        QString meaning;
    };
    QVector<LegendEntry> legend{
        {QStringLiteral("granted"), QStringLiteral("\u2713"), tr("granted: named in tools, for every use")},
        {QStringLiteral("pattern"), QStringLiteral("\u25D0"), tr("only: granted for the uses its permission rules match")},
        {QStringLiteral("inherited"), QStringLiteral("\u2193"), tr("inherited: the agent has no tools list (or *) and gets every tool")},
        {QStringLiteral("denied"), QStringLiteral("\u2717"), tr("denied: removed by disallowedTools")},
        {QStringLiteral("unknown"), QStringLiteral("?"), tr("unknown: no tool answers to this name; Claude Code drops it")},
        {QString(), QString(), tr("empty: not granted")},
    };
    if (m_baseline) {
        legend.append({QStringLiteral("added"), QStringLiteral("+"), tr("added: usable now, not at the baseline")});
        legend.append({QStringLiteral("removed"), QStringLiteral("\u2212"), tr("removed: usable at the baseline, not now")});
        legend.append({QStringLiteral("changed"), QStringLiteral("~"), tr("changed: usable then and now, with other permission rules")});
    }
    page += QLatin1String("<h2>") + escaped(tr("Legend")) + QLatin1String("</h2>\n<dl class=\"legend\">\n");
    for (const LegendEntry &entry : std::as_const(legend)) {
        page += (entry.cssClass.isEmpty() ? QStringLiteral("<dt>") : QLatin1String("<dt class=\"") + entry.cssClass + QLatin1String("\">"))
            + entry.symbol + QLatin1String("</dt><dd>") + escaped(entry.meaning) + QLatin1String("</dd>\n");
    }
    page += QLatin1String("</dl>\n</body>\n</html>\n");
    return page.toUtf8();
}

} // namespace Agentry
