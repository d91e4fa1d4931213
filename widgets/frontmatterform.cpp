// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "frontmatterform.h"

#include "choicecombo.h"
#include "collapsiblesection.h"
#include "colorpicker.h"
#include "fieldlabel.h"
#include "focuschain.h"
#include "numberfieldeditor.h"
#include "messagebanner.h"
#include "opencodepermissioneditor.h"
#include "otherfieldseditor.h"
#include "runtime/fieldspec.h"
#include "stringlisteditor.h"
#include "text/yamlsnippet.h"
#include "textfieldeditor.h"
#include "toolpicker.h"
#include "yamlsnippetedit.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Agentry {

namespace {

// Recovered values are shown, not edited: a long one-line description need not fill the page.
constexpr int RecoveredValueLimit = 300;

QFont headingFont(QFont font)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    return font;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(headingFont(label->font()));
    label->setAccessibleName(text);
    return label;
}

QFormLayout *formLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace

FrontmatterForm::FrontmatterForm(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_page(new QWidget)
    , m_banner(nullptr)
    , m_recovered(nullptr)
    , m_recoveredLayout(nullptr)
    , m_fieldsHost(nullptr)
    , m_otherSection(nullptr)
    , m_other(nullptr)
    , m_focusChainTimer(new QTimer(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_page); // the scroll area owns the page from here on
    outer->addWidget(m_scroll);

    // A column of readable width, centred when the window is wide, as in KDE's settings pages.
    auto *pageLayout = new QHBoxLayout(m_page);
    pageLayout->setContentsMargins(18, 12, 18, 18);
    auto *column = new QWidget(m_page);
    column->setMaximumWidth(960);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    pageLayout->addStretch(1);
    pageLayout->addWidget(column, 100);
    pageLayout->addStretch(1);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(6);

    m_banner = new MessageBanner(column);
    columnLayout->addWidget(m_banner);
    connect(m_banner, &MessageBanner::actionTriggered, this, &FrontmatterForm::bannerTriggered);

    m_recovered = new QWidget(column);
    auto *recoveredLayout = new QVBoxLayout(m_recovered);
    recoveredLayout->setContentsMargins(0, 6, 0, 0);
    recoveredLayout->addWidget(heading(tr("What could be read (read-only)"), m_recovered));
    auto *recoveredRows = new QWidget(m_recovered);
    m_recoveredLayout = formLayout(recoveredRows);
    recoveredLayout->addWidget(recoveredRows);
    m_recovered->hide();
    columnLayout->addWidget(m_recovered);

    m_fieldsHost = new QVBoxLayout;
    m_fieldsHost->setContentsMargins(0, 0, 0, 0);
    columnLayout->addLayout(m_fieldsHost);

    m_otherSection = new QWidget(column);
    auto *otherLayout = new QVBoxLayout(m_otherSection);
    otherLayout->setContentsMargins(0, 12, 0, 0);
    auto *otherTitle = heading(tr("Other fields"), m_otherSection);
    otherTitle->setToolTip(tr("Keys this form has no field for, written as YAML. Claude Code ignores keys it does not know."));
    otherLayout->addWidget(otherTitle);
    m_other = new OtherFieldsEditor(m_otherSection);
    otherLayout->addWidget(m_other);
    columnLayout->addWidget(m_otherSection);
    connect(m_other, &OtherFieldsEditor::changeRequested, this, &FrontmatterForm::changeRequested);
    connect(m_other, &OtherFieldsEditor::widgetsChanged, this, [this] {
        alignLabels();
        applyProblems();
        scheduleFocusChain();
    });
    columnLayout->addStretch(1);

    m_focusChainTimer->setSingleShot(true);
    m_focusChainTimer->setInterval(0);
    connect(m_focusChainTimer, &QTimer::timeout, this, [this] { FocusChain::orderByLayout(m_page); });
    // Keyboard users see where they are: the scroll area follows the focus.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_page->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 16, 16);
    });
}

void FrontmatterForm::setAgentText(const AgentText &text, Dialect dialect, const QString &fileName)
{
    if (fileName != m_fileName) {
        m_fileName = fileName;
        m_fresh = true;
        for (FieldEditor *editor : std::as_const(m_editors))
            editor->resetView();
        m_other->resetView();
        m_scroll->verticalScrollBar()->setValue(0);
    }
    if (!m_dialect || *m_dialect != dialect)
        rebuild(dialect);

    m_text = text;
    showBanner(text);
    const bool fieldsReadable = text.block.shape == FrontmatterBlock::Shape::None
        || (text.block.isClosed() && text.frontmatter.isParsed());
    m_fields->setVisible(fieldsReadable);
    m_otherSection->setVisible(fieldsReadable);
    m_recovered->setVisible(!fieldsReadable);
    if (fieldsReadable) {
        for (FieldEditor *editor : std::as_const(m_editors))
            editor->setField(text.frontmatter.field(editor->key()), text);
        m_other->setFields(text, m_specKeys);
    } else {
        showRecovered(text);
    }

    const bool textReadOnly = !text.facts.validUtf8 || (text.block.isClosed() && text.frontmatter.isParsed() && !text.frontmatter.isEditable());
    if (textReadOnly != m_textReadOnly) {
        m_textReadOnly = textReadOnly;
        applyReadOnly();
    }
    if (m_fresh && m_advanced) {
        // Set advanced keys are never hidden behind a folded section.
        const bool used = std::any_of(m_advancedKeys.cbegin(), m_advancedKeys.cend(),
                                      [&](const QString &key) { return text.frontmatter.field(key) != nullptr; });
        m_advanced->setExpanded(used);
    }
    m_fresh = false;
}

void FrontmatterForm::rebuild(Dialect dialect)
{
    m_dialect = dialect;
    if (m_fields) {
        // Later: one of its editors may be what led here (a new key can change the dialect).
        m_fields->hide();
        m_fieldsHost->removeWidget(m_fields);
        m_fields->deleteLater();
    }
    m_editors.clear();
    m_labels.clear();
    m_specKeys.clear();
    m_advancedKeys.clear();
    m_advanced = nullptr;

    m_fields = new QWidget(m_fieldsHost->parentWidget());
    auto *layout = new QVBoxLayout(m_fields);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_fieldsHost->addWidget(m_fields);

    // Labels are as tall as a line edit, so that they line up with one-line fields and
    // sit at the top of taller ones.
    const int labelHeight = QLineEdit().sizeHint().height();
    const QVector<FieldSpec> &specs = FieldSpecs::forDialect(dialect);
    const QVector<FieldSpec::Section> sections{FieldSpec::Section::General, FieldSpec::Section::Tools, FieldSpec::Section::Behavior,
                                               FieldSpec::Section::Extensions, FieldSpec::Section::Advanced};
    for (const FieldSpec::Section section : sections) {
        QVector<const FieldSpec *> inSection;
        for (const FieldSpec &spec : specs) {
            if (spec.section == section)
                inSection.append(&spec);
        }
        if (inSection.isEmpty())
            continue;
        QWidget *parent = m_fields;
        QFormLayout *form = nullptr;
        if (section == FieldSpec::Section::Advanced) {
            m_advanced = new CollapsibleSection(FieldSpecs::sectionTitle(section), CollapsibleSection::Look::Heading, m_fields);
            m_advanced->header()->setFont(headingFont(m_advanced->header()->font()));
            m_advanced->header()->setToolTip(tr("Settings few agents need"));
            layout->addSpacing(8);
            layout->addWidget(m_advanced);
            parent = m_advanced->content();
            form = formLayout(parent);
            connect(m_advanced, &CollapsibleSection::expandedChanged, this, &FrontmatterForm::scheduleFocusChain);
        } else {
            form = addSection(FieldSpecs::sectionTitle(section), layout, m_fields);
            parent = form->parentWidget();
        }
        for (const FieldSpec *spec : std::as_const(inSection)) {
            FieldEditor *editor = createEditor(*spec, parent);
            auto *label = new FieldLabel(spec->label() + u':', parent);
            label->setHelp(tr("%1\nKey: %2").arg(spec->help(), spec->key));
            label->setMinimumHeight(labelHeight);
            label->label()->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            label->label()->setMinimumHeight(label->minimumHeight());
            editor->setAccessibleName(label->plainText());
            editor->setAccessibleDescription(spec->help());
            const bool composite = spec->kind == FieldSpec::Kind::ToolList || spec->kind == FieldSpec::Kind::Color
                || spec->kind == FieldSpec::Kind::StringList || spec->kind == FieldSpec::Kind::Permission;
            if (!composite) {
                editor->focusTarget()->setAccessibleName(label->plainText());
                editor->focusTarget()->setAccessibleDescription(spec->help());
            }
            // A composite editor forwards the focus (and a mnemonic) to its current part.
            label->setBuddy(composite ? static_cast<QWidget *>(editor) : editor->focusTarget());
            form->addRow(label, editor);
            connect(editor, &FieldEditor::changeRequested, this, &FrontmatterForm::changeRequested);
            connect(editor, &FieldEditor::widgetsChanged, this, &FrontmatterForm::scheduleFocusChain);
            m_editors.append(editor);
            m_labels.insert(spec->key, label);
            m_specKeys.append(spec->key);
            if (section == FieldSpec::Section::Advanced)
                m_advancedKeys.append(spec->key);
        }
    }
    if (m_advanced)
        m_advanced->setExpanded(false);
    applyReadOnly();
    alignLabels();
    applyProblems();
    FocusChain::orderByLayout(m_page);
}

FieldEditor *FrontmatterForm::createEditor(const FieldSpec &spec, QWidget *parent)
{
    switch (spec.kind) {
    case FieldSpec::Kind::LineText:
    case FieldSpec::Kind::MultiLineText: {
        auto *editor = new TextFieldEditor(spec, parent);
        if (spec.key == QLatin1String("name"))
            editor->setPlaceholderText(tr("e.g. code-reviewer"));
        else if (spec.key == QLatin1String("description"))
            editor->setPlaceholderText(tr("e.g. Reviews code for bugs and style. Use proactively after code changes."));
        return editor;
    }
    case FieldSpec::Kind::ToolList:
        return new ToolPicker(spec.key, spec.flags.testFlag(FieldSpec::Flag::Compact) ? ToolPicker::Role::Deny : ToolPicker::Role::Grant,
                              parent);
    case FieldSpec::Kind::Model:
    case FieldSpec::Kind::Choice:
    case FieldSpec::Kind::Boolean:
        return new ChoiceCombo(spec, parent);
    case FieldSpec::Kind::Color:
        return new ColorPicker(spec, parent);
    case FieldSpec::Kind::Integer:
    case FieldSpec::Kind::Number:
        return new NumberFieldEditor(spec, parent);
    case FieldSpec::Kind::StringList:
        return new StringListEditor(spec, parent);
    case FieldSpec::Kind::Permission:
        return new OpenCodePermissionEditor(spec.key, parent);
    case FieldSpec::Kind::YamlSnippet:
        break;
    }
    auto *editor = new YamlSnippetEdit(spec.key, YamlSnippetEdit::WhenEmpty::Remove, 3, parent);
    if (spec.key == QLatin1String("hooks"))
        editor->setPlaceholderText(tr("e.g.\nPreToolUse:\n  - matcher: Bash\n    hooks: [{type: command, command: ./check.sh}]"));
    else if (spec.key == QLatin1String("mcpServers"))
        editor->setPlaceholderText(tr("e.g.\n- context7"));
    return editor;
}

QFormLayout *FrontmatterForm::addSection(const QString &title, QVBoxLayout *into, QWidget *parent)
{
    if (into->count() > 0)
        into->addSpacing(8);
    into->addWidget(heading(title, parent));
    auto *rows = new QWidget(parent);
    into->addWidget(rows);
    return formLayout(rows);
}

void FrontmatterForm::showBanner(const AgentText &text)
{
    const FrontmatterBlock &block = text.block;
    m_bannerAction = BannerAction::None;
    if (!text.facts.validUtf8) {
        m_banner->showMessage(MessageBanner::Type::Warning, tr("The file is not valid UTF-8. It is shown read-only, so that no byte of it changes."));
        return;
    }
    switch (block.shape) {
    case FrontmatterBlock::Shape::None:
        m_bannerAction = m_readOnly ? BannerAction::None : BannerAction::CreateFrontmatter;
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("This file has no frontmatter. Claude Code loads an agent only from a file that starts with a --- block "
                                 "holding at least its name and description."),
                              m_readOnly ? QString() : tr("&Create Frontmatter"));
        return;
    case FrontmatterBlock::Shape::NotAtStart:
    case FrontmatterBlock::Shape::Indented:
    case FrontmatterBlock::Shape::Fenced: {
        QString why;
        if (block.shape == FrontmatterBlock::Shape::NotAtStart)
            why = tr("The --- block does not start on the first line of the file.");
        else if (block.shape == FrontmatterBlock::Shape::Indented)
            why = tr("The opening --- line is indented.");
        else
            why = tr("The fields are in a ```yaml code block instead of between --- lines.");
        m_bannerAction = BannerAction::EditSource;
        m_editLine = qMax(0, block.contentLine - 1);
        m_banner->showMessage(MessageBanner::Type::Error, tr("%1 Claude Code sees no frontmatter in this file. Fix it in the source.").arg(why),
                              tr("Edit &Source"));
        return;
    }
    case FrontmatterBlock::Shape::Closed:
    case FrontmatterBlock::Shape::Unterminated:
        break;
    }
    if (const std::optional<YamlError> &error = text.frontmatter.error()) {
        m_bannerAction = BannerAction::EditSource;
        m_editLine = qMax(0, error->line - 1);
        m_banner->showMessage(MessageBanner::Type::Error,
                              tr("The frontmatter is not valid YAML (line %1, column %2): %3\n"
                                 "Strict YAML readers drop all its fields; fix it in the source.")
                                  .arg(error->line)
                                  .arg(error->column)
                                  .arg(error->message),
                              tr("Edit &Source"));
        return;
    }
    if (!text.frontmatter.isEditable()) {
        m_bannerAction = BannerAction::EditSource;
        m_editLine = qMax(0, block.contentLine);
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("The frontmatter is written as one {…} mapping, which the form cannot edit line by line. "
                                 "It is shown read-only."),
                              tr("Edit &Source"));
        return;
    }
    m_banner->hide();
}

void FrontmatterForm::showRecovered(const AgentText &text)
{
    const QVector<YamlSnippet::ScannedKey> keys = YamlSnippet::scanKeys(text);
    QVector<QPair<QString, QString>> rows;
    for (const YamlSnippet::ScannedKey &key : keys) {
        QString value = key.value;
        if (value.size() > RecoveredValueLimit)
            value = value.left(RecoveredValueLimit) + u'…';
        else if (key.continues)
            value += QStringLiteral(" …");
        rows.append({key.key, value});
    }
    if (rows == m_recoveredShown && m_recoveredLayout->rowCount() > 0)
        return;
    m_recoveredShown = rows;
    while (m_recoveredLayout->rowCount() > 0)
        m_recoveredLayout->removeRow(0); // read-only labels: nothing of them can be emitting now
    QWidget *parent = m_recoveredLayout->parentWidget();
    for (const auto &row : std::as_const(rows)) {
        auto *label = new FieldLabel(row.first + u':', parent);
        auto *value = new QLabel(row.second, parent);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(row.first);
        m_recoveredLayout->addRow(label, value);
    }
    if (rows.isEmpty()) {
        auto *none = new QLabel(tr("No \"key: value\" line could be read."), parent);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_recoveredLayout->addRow(none);
    }
}

void FrontmatterForm::setFieldProblems(const QVector<Diagnostic> &diagnostics)
{
    m_problems.clear();
    for (const Diagnostic &d : diagnostics) {
        if (d.field.isEmpty())
            continue;
        const auto found = m_problems.find(d.field);
        if (found == m_problems.end())
            m_problems.insert(d.field, {d.severity, d.message});
        else if (isMoreSevere(d.severity, found->severity))
            *found = {d.severity, d.message + u'\n' + found->message};
        else
            found->message += u'\n' + d.message;
    }
    applyProblems();
}

void FrontmatterForm::setFieldFixes(const QHash<QString, QStringList> &titles)
{
    m_fixes = titles;
    applyProblems();
}

void FrontmatterForm::applyProblems()
{
    const auto apply = [this](const QString &key, FieldLabel *label) {
        const auto found = m_problems.constFind(key);
        if (found == m_problems.cend()) {
            label->clearProblem();
            return;
        }
        label->setProblem(found->severity, found->message);
        label->setFixes(m_fixes.value(key));
        // Labels are rebuilt with their rows, other fields' out of this form's sight: bind here, once.
        disconnect(label, &FieldLabel::fixTriggered, this, nullptr);
        connect(label, &FieldLabel::fixTriggered, this, [this, key](int index) { emit fixRequested(key, index); });
        if (m_advanced && m_advancedKeys.contains(key))
            m_advanced->setExpanded(true);
    };
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        apply(it.key(), it.value());
    const QStringList &otherKeys = m_other->keys();
    for (const QString &key : otherKeys)
        apply(key, m_other->labelFor(key));
}

void FrontmatterForm::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    applyReadOnly();
    showBanner(m_text); // "Create Frontmatter" is not offered on a read-only file
}

void FrontmatterForm::applyReadOnly()
{
    const bool readOnly = m_readOnly || m_textReadOnly;
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setReadOnly(readOnly);
    m_other->setReadOnly(readOnly);
}

void FrontmatterForm::alignLabels()
{
    // One label column for all sections, as if the page were one form.
    QVector<FieldLabel *> labels = m_other->labels();
    for (FieldLabel *label : std::as_const(m_labels))
        labels.append(label);
    int width = 0;
    for (FieldLabel *label : std::as_const(labels)) {
        label->setMinimumWidth(0);
        width = qMax(width, label->sizeHint().width());
    }
    for (FieldLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void FrontmatterForm::scheduleFocusChain()
{
    m_focusChainTimer->start();
}

void FrontmatterForm::bannerTriggered()
{
    switch (m_bannerAction) {
    case BannerAction::EditSource:
        emit editSourceRequested(m_editLine);
        break;
    case BannerAction::CreateFrontmatter:
        if (!m_readOnly)
            emit createFrontmatterRequested();
        break;
    case BannerAction::None:
        break;
    }
}

} // namespace Agentry
