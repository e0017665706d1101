#include "ui/adjust/csvimportdialog.h"

#include "core/text/bidi.h"
#include "ui_csvimportdialog.h"

#include <QEvent>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QTextOption>

namespace Glance {

namespace {

constexpr qsizetype PreviewBytes = 64 * 1024;
constexpr qsizetype PreviewLines = 30;

const TextEncoding kEncodings[] = {TextEncoding::Utf8, TextEncoding::Windows1255,
                                   TextEncoding::Utf16LE, TextEncoding::Utf16BE};

} // namespace

CsvImportDialog::CsvImportDialog(const QString &path, QWidget *parent, qint64 maxBytes)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CsvImportDialog>())
    , m_name(QFileInfo(path).fileName())
    , m_maxBytes(maxBytes)
{
    m_ui->setupUi(this);
    for (const TextEncoding encoding : kEncodings)
        m_ui->encodingCombo->addItem(QString(), int(encoding));
    m_importButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    updatePreviewDirection();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CsvImportDialog::startImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this,
            &CsvImportDialog::updatePreview);
    connect(&m_reading, &QFutureWatcherBase::progressRangeChanged, m_ui->progressBar,
            &QProgressBar::setRange);
    connect(&m_reading, &QFutureWatcherBase::progressValueChanged, m_ui->progressBar,
            &QProgressBar::setValue);
    connect(&m_reading, &QFutureWatcherBase::finished, this, &CsvImportDialog::onRead);
    connect(&m_parsing, &QFutureWatcherBase::progressRangeChanged, m_ui->progressBar,
            &QProgressBar::setRange);
    connect(&m_parsing, &QFutureWatcherBase::progressValueChanged, m_ui->progressBar,
            &QProgressBar::setValue);
    connect(&m_parsing, &QFutureWatcherBase::finished, this, &CsvImportDialog::onParsed);
    setBusy(true);
    retranslate();
    m_reading.setFuture(CsvImportJob::read(path, maxBytes));
}

CsvImportDialog::~CsvImportDialog()
{
    // The jobs hold copies of what they need; cancelled, they stop at their next check.
    m_reading.cancel();
    m_parsing.cancel();
}

bool CsvImportDialog::isReady() const
{
    return m_read && !m_parsing.isRunning();
}

TextEncoding CsvImportDialog::encoding() const
{
    return TextEncoding(m_ui->encodingCombo->currentData().toInt());
}

void CsvImportDialog::setEncoding(TextEncoding encoding)
{
    m_ui->encodingCombo->setCurrentIndex(m_ui->encodingCombo->findData(int(encoding)));
}

QString CsvImportDialog::previewText() const
{
    return m_ui->preview->toPlainText();
}

QString CsvImportDialog::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return tr("UTF-8");
    case TextEncoding::Utf16LE:
        return tr("UTF-16 LE");
    case TextEncoding::Utf16BE:
        return tr("UTF-16 BE");
    case TextEncoding::Windows1255:
        return tr("Windows-1255 (Hebrew)");
    }
    return {};
}

void CsvImportDialog::setBusy(bool busy)
{
    m_importButton->setEnabled(!busy && m_read);
    m_ui->encodingCombo->setEnabled(!busy && m_read);
    m_ui->progressBar->setVisible(busy);
}

void CsvImportDialog::onRead()
{
    if (m_reading.isCanceled() || m_reading.future().resultCount() == 0)
        return;
    m_contents = m_reading.result();
    switch (m_contents.error) {
    case CsvFileContents::Error::None:
        break;
    case CsvFileContents::Error::Cancelled:
        return;
    case CsvFileContents::Error::TooLarge:
        //: %1 is the file name, %2 the largest size in megabytes (50)
        Q_EMIT failed(tr("“%1” is too large to import: the limit is %2 MB.")
                              .arg(Bidi::name(m_name),
                                   Bidi::number(m_maxBytes / (1024 * 1024), locale())));
        QDialog::reject();
        return;
    case CsvFileContents::Error::Unreadable:
        //: %1 is the file name, %2 why it could not be read (a sentence from the system)
        Q_EMIT failed(
                tr("“%1” could not be read: %2").arg(Bidi::name(m_name), m_contents.errorString));
        QDialog::reject();
        return;
    }
    m_read = true;
    {
        const QSignalBlocker blocker(m_ui->encodingCombo);
        setEncoding(m_contents.detected);
    }
    setBusy(false);
    retranslate();
    updatePreview();
    m_importButton->setFocus();
}

void CsvImportDialog::updatePreview()
{
    if (!m_read)
        return;
    QByteArray head = m_contents.bytes.left(PreviewBytes);
    const TextEncoding chosen = encoding();
    if ((chosen == TextEncoding::Utf16LE || chosen == TextEncoding::Utf16BE) && head.size() % 2)
        head.chop(1);
    QStringList lines = TextDecoding::decode(head, chosen).split(u'\n');
    if (head.size() < m_contents.bytes.size() && lines.size() > 1)
        lines.removeLast(); // cut in the middle
    if (lines.size() > PreviewLines)
        lines.resize(PreviewLines);
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    m_ui->preview->setPlainText(lines.join(u'\n'));
}

void CsvImportDialog::updatePreviewDirection()
{
    // Every line in the window's direction, as a spreadsheet shows its columns: in Hebrew the
    // first column (the SKU) on the right, whatever a line starts with.
    QTextOption option = m_ui->preview->document()->defaultTextOption();
    option.setTextDirection(layoutDirection());
    option.setAlignment(Qt::AlignLeading);
    m_ui->preview->document()->setDefaultTextOption(option);
}

void CsvImportDialog::startImport()
{
    if (!isReady())
        return;
    setBusy(true);
    m_ui->statusLabel->setText(tr("Reading the rows…"));
    m_parsing.setFuture(CsvImportJob::parse(m_contents.bytes, encoding()));
}

void CsvImportDialog::onParsed()
{
    if (m_parsing.isCanceled() || m_parsing.future().resultCount() == 0)
        return;
    const ImportResult result = m_parsing.result();
    if (result.cancelled)
        return;
    Q_EMIT rowsRead(result, m_name);
    accept();
}

void CsvImportDialog::reject()
{
    m_reading.cancel();
    m_parsing.cancel();
    QDialog::reject();
}

void CsvImportDialog::retranslate()
{
    m_importButton->setText(tr("&Import"));
    m_ui->fileLabel->setText(tr("File: %1").arg(Bidi::name(m_name)));
    for (int i = 0; i < m_ui->encodingCombo->count(); ++i) {
        const auto value = TextEncoding(m_ui->encodingCombo->itemData(i).toInt());
        const QString name = encodingName(value);
        m_ui->encodingCombo->setItemText(i,
                                         m_read && value == m_contents.detected
                                                 //: %1 is an encoding, e.g. "UTF-8"
                                                 ? tr("%1 (detected)").arg(name)
                                                 : name);
    }
    if (m_parsing.isRunning())
        m_ui->statusLabel->setText(tr("Reading the rows…"));
    else if (!m_read)
        m_ui->statusLabel->setText(tr("Reading the file…"));
    else
        m_ui->statusLabel->setText(tr("The first lines as they will be imported. If the letters "
                                      "look wrong, choose another encoding."));
}

void CsvImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        updatePreviewDirection();
    }
    QDialog::changeEvent(event);
}

} // namespace Glance
