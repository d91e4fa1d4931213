#pragma once

#include <QWidget>

class QLabel;

// A form label that can carry a problem mark: an icon before the text, with the problem
// as its tooltip and in the accessible description of the field it labels.
class FieldLabel : public QWidget
{
    Q_OBJECT

public:
    enum class Severity { Information = 0, Warning = 1, Error = 2 };

    explicit FieldLabel(const QString &text, QWidget *parent = nullptr);

    void setBuddy(QWidget *buddy);
    QLabel *label() const { return m_text; }
    // The text without its mnemonic marker and colon: "Name" for "&Name:".
    QString plainText() const;
    // A line saying what the field is for: the label's tooltip.
    void setHelp(const QString &help);
    void setProblem(Severity severity, const QString &message);
    void clearProblem();
    bool hasProblem() const;

private:
    void updateToolTip();

    QLabel *m_icon; // owned through the QObject tree, like m_text
    QLabel *m_text;
    QWidget *m_buddy = nullptr;
    QString m_help;
    QString m_problem;
    QString m_baseDescription; // the buddy's accessible description without the problem
};
