#include "validator.h"

#include "clientreader.h"
#include "fieldlocator.h"
#include "lineindex.h"
#include "rule.h"
#include "rules/rules.h"
#include "toolcatalog.h"

#include <QFileInfo>

#include <algorithm>
#include <tuple>

Validator::Validator(const ClientProfile &profile, const ToolCatalog &tools)
    : m_profile(profile)
    , m_tools(tools)
    , m_rules(Rules::documentRules())
{
}

Validator::Validator()
    : Validator(ClientProfile::latest(), ToolCatalog::builtin())
{
}

Validator::~Validator() = default;

const Rule *Validator::rule(const QString &code) const
{
    for (const std::unique_ptr<Rule> &rule : m_rules) {
        if (rule->code() == code)
            return rule.get();
    }
    return nullptr;
}

ValidationResult Validator::validate(const QString &path, const AgentText &text, AgentScope scope, RuleContext::Fixes fixes) const
{
    ValidationResult result;
    const QString fileName = QFileInfo(path).fileName();
    result.reading = ClientReader(m_profile).read(text.bytes, fileName);
    const LineIndex lines(text.bytes);
    const FieldLocator fields(text.bytes, result.reading);
    const RuleContext context{path, fileName, scope, text, result.reading, m_profile, m_tools, lines, fields, fixes};
    for (const std::unique_ptr<Rule> &rule : m_rules)
        rule->check(context, result.diagnostics);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.start, a.code) < std::tie(b.start, b.code);
    });
    return result;
}
