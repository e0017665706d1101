#pragma once

#include "core/adjust/adjustimport.h"
#include "core/adjust/csvimportjob.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QPushButton;

namespace Ui {
class CsvImportDialog;
}

namespace Glance {

// Imports a CSV file for the batch editor without blocking the window: reads the file off the
// UI thread (CsvImportJob, with a progress bar and Cancel), shows the first lines in the
// encoding detected, lets the user choose another (UTF-8, UTF-16 LE/BE, Windows-1255) with the
// preview following at once, then parses the whole file off the UI thread too. Emits rowsRead()
// and closes, or failed() with a sentence for the window's banner. Opened with open().
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(const QString &path, QWidget *parent = nullptr,
                    qint64 maxBytes = CsvImportJob::MaxBytes);
    ~CsvImportDialog() override;

    QString fileName() const { return m_name; }
    bool isReady() const; // read, waiting for Import
    TextEncoding encoding() const;
    void setEncoding(TextEncoding encoding);
    QString previewText() const;
    QPushButton *importButton() const { return m_importButton; }

    // "UTF-8", "Windows-1255 (Hebrew)"… as offered in the list.
    static QString encodingName(TextEncoding encoding);

Q_SIGNALS:
    void rowsRead(const Glance::ImportResult &result, const QString &fileName);
    void failed(const QString &message);

public Q_SLOTS:
    // Cancels a read or parse still running.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void startImport();
    void onRead();
    void onParsed();
    void updatePreview();
    void updatePreviewDirection();
    void retranslate();
    void setBusy(bool busy);

    std::unique_ptr<Ui::CsvImportDialog> m_ui;
    QString m_name;
    qint64 m_maxBytes = 0;
    CsvFileContents m_contents;
    bool m_read = false;
    QFutureWatcher<CsvFileContents> m_reading;
    QFutureWatcher<ImportResult> m_parsing;
    // Our own button, not a standard one: the button box would give a standard button its
    // standard text back on a language change.
    QPushButton *m_importButton = nullptr;
};

} // namespace Glance
