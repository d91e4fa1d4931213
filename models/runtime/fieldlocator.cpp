// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtime/fieldlocator.h"

namespace Agentry {

FieldLocator::FieldLocator(const QByteArray &bytes, const AgentReading &reading)
{
    if (!reading.hasBlock())
        return;
    // The reading's offsets index these bytes; the bounds keep every walk inside them all the same.
    const qsizetype contentEnd = std::min<qsizetype>(reading.contentEnd, bytes.size());
    int line = reading.contentLine;
    for (qsizetype pos = std::max<qsizetype>(reading.contentStart, 0); pos < contentEnd; ++line) {
        qsizetype next = bytes.indexOf('\n', pos);
        next = next < 0 || next >= contentEnd ? contentEnd : next + 1;
        qsizetype textEnd = next;
        while (textEnd > pos && (bytes.at(textEnd - 1) == '\n' || bytes.at(textEnd - 1) == '\r'))
            --textEnd;
        const char first = pos < textEnd ? bytes.at(pos) : ' ';
        if (first != ' ' && first != '\t' && first != '#' && first != '-') {
            qsizetype colon = pos;
            if (first == '"' || first == '\'') {
                const qsizetype close = bytes.indexOf(first, pos + 1);
                colon = close < 0 || close >= textEnd ? textEnd : close + 1;
            }
            while (colon < textEnd && !(bytes.at(colon) == ':' && (colon + 1 == textEnd || bytes.at(colon + 1) == ' ' || bytes.at(colon + 1) == '\t')))
                ++colon;
            if (colon < textEnd) {
                Field field;
                QByteArray key = bytes.mid(pos, colon - pos).trimmed();
                if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
                    key = key.mid(1, key.size() - 2);
                field.key = QString::fromUtf8(key);
                field.lineStart = pos;
                field.keyEnd = colon;
                field.valueStart = colon + 1;
                while (field.valueStart < textEnd && (bytes.at(field.valueStart) == ' ' || bytes.at(field.valueStart) == '\t'))
                    ++field.valueStart;
                field.valueEnd = textEnd;
                while (field.valueEnd > field.valueStart && (bytes.at(field.valueEnd - 1) == ' ' || bytes.at(field.valueEnd - 1) == '\t'))
                    --field.valueEnd;
                field.line = line;
                if (!m_fields.isEmpty())
                    m_fields.last().end = pos;
                field.end = contentEnd;
                m_fields.append(field);
            }
        }
        pos = next;
    }
}

const FieldLocator::Field *FieldLocator::find(const QString &key) const
{
    for (auto it = m_fields.crbegin(); it != m_fields.crend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    return nullptr;
}

QVector<const FieldLocator::Field *> FieldLocator::all(const QString &key) const
{
    QVector<const Field *> found;
    for (const Field &field : m_fields) {
        if (field.key == key)
            found.append(&field);
    }
    return found;
}

} // namespace Agentry
