#include "widgets/logofield.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>

namespace ep {

namespace {
// Larger files are refused: a logo on a sheet needs no more, and the bytes
// live in every copy of the database.
constexpr qint64 largestLogo = 2 * 1024 * 1024;
} // namespace

LogoField::LogoField(Owner owner, QWidget *parent)
    : QWidget(parent)
    , m_owner(owner)
    , m_preview(new QLabel(this))
    , m_choose(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_preview->setMinimumSize(120, 40);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAlignment(Qt::AlignCenter);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addWidget(m_choose);
    layout->addWidget(m_remove);
    layout->addStretch();
    connect(m_choose, &QPushButton::clicked, this, &LogoField::choose);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        setLogo({});
        emit changed();
    });
    retranslate();
    showPreview();
}

void LogoField::setLogo(const QByteArray &logo)
{
    m_logo = logo;
    showPreview();
}

void LogoField::choose()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        m_owner == Owner::Organisation ? tr("Choose the Organisation's Logo")
                                       : tr("Choose the Funding Programme's Logo"),
        QString(), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString problem;
    QByteArray bytes;
    if (!file.open(QIODevice::ReadOnly))
        problem = tr("%1 cannot be opened: %2").arg(path, file.errorString());
    else if (file.size() > largestLogo)
        problem = tr("%1 is larger than 2 MB; please use a smaller picture.").arg(path);
    else if (bytes = file.readAll(); QImage::fromData(bytes).isNull())
        problem = tr("%1 is not a PNG or JPEG picture.").arg(path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Logo Not Used"), problem);
        return;
    }
    setLogo(bytes);
    emit changed();
}

void LogoField::showPreview()
{
    const QImage image = QImage::fromData(m_logo);
    if (image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("no logo"));
    } else {
        m_preview->setPixmap(QPixmap::fromImage(
            image.scaled(160, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_remove->setEnabled(!image.isNull());
}

void LogoField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogoField::retranslate()
{
    m_choose->setText(tr("Choos&e…"));
    m_remove->setText(tr("Remove"));
    showPreview();
}

} // namespace ep
