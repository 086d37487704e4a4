#pragma once

#include <QLabel>

namespace ep {

// A message about what is wrong, beside the field it concerns: in the
// palette's error colour (markers::errorText), led by a "⚠" drawn before
// its text — so that it does not speak by colour alone — and, for a screen
// reader, an alert named "Error: …" that is announced when it appears or
// its message changes. text() is the message alone.
class IssueLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit IssueLabel(QWidget *parent = nullptr);

    static QString symbol() { return QStringLiteral("⚠"); }
    // What a screen reader says of `message`: "Error: …".
    static QString spoken(const QString &message);

    // Shows `message`, or hides the label when it is empty.
    void setMessage(const QString &message);

signals:
    // The message was sent to assistive technology as an alert (once each
    // time it appears or changes).
    void announced(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void announce();
    int leadWidth() const; // of the symbol and a space
    void followPalette();

    QString m_announced;
};

// Ties `message` to `field` for a screen reader: the accessible description
// of the field and of every control in it that takes the focus. An empty
// message unties it.
void describeField(QWidget *field, const QString &message);

} // namespace ep
