#include "ui/help/shortcutsdialog.h"

#include "core/text/bidi.h"
#include "ui/i18n/bidiitemdelegate.h"
#include "ui_shortcutsdialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QShowEvent>

namespace Glance {

namespace {

enum Column { ActionColumn, KeysColumn };

} // namespace

ShortcutsDialog::ShortcutsDialog(Source source, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
    , m_source(std::move(source))
{
    m_ui->setupUi(this);
    BidiItemDelegate *delegate = BidiItemDelegate::install(m_ui->shortcutsTree);
    // Key names ("Ctrl+Shift+E") are written left to right in Hebrew too.
    delegate->setColumnKind(KeysColumn, Bidi::CellKind::Code);
    m_ui->shortcutsTree->header()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_ui->shortcutsTree->header()->setStretchLastSection(false);
    m_ui->shortcutsTree->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    m_fresh = true;
}

ShortcutsDialog::~ShortcutsDialog() = default;

QTreeWidget *ShortcutsDialog::tree() const
{
    return m_ui->shortcutsTree;
}

void ShortcutsDialog::setFilter(const QString &text)
{
    m_ui->filterEdit->setText(text);
}

void ShortcutsDialog::reload()
{
    m_groups = m_source ? m_source() : QList<ShortcutGroup>();
    fill();
}

void ShortcutsDialog::fill()
{
    QTreeWidget *tree = m_ui->shortcutsTree;
    tree->clear();
    for (const ShortcutGroup &group : std::as_const(m_groups)) {
        auto *top = new QTreeWidgetItem(tree, {group.window});
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(ActionColumn);
        bold.setBold(true);
        top->setFont(ActionColumn, bold);
        top->setFlags(Qt::ItemIsEnabled);
        for (const ShortcutEntry &entry : group.entries) {
            auto *item = new QTreeWidgetItem(top, {entry.action, keysText(entry.keys)});
            item->setData(KeysColumn, Bidi::CellKindRole, int(Bidi::CellKind::Code));
            item->setData(ActionColumn, Qt::AccessibleTextRole,
                          tr("%1: %2", "a shortcut read aloud: the action, then its keys")
                                  .arg(Bidi::isolate(entry.action),
                                       Bidi::isolateLtr(keysText(entry.keys))));
        }
    }
    tree->expandAll();
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QString text = m_ui->filterEdit->text().trimmed();
    QTreeWidget *tree = m_ui->shortcutsTree;
    int shown = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *top = tree->topLevelItem(g);
        const bool groupMatches = top->text(ActionColumn).contains(text, Qt::CaseInsensitive);
        int groupShown = 0;
        for (int i = 0; i < top->childCount(); ++i) {
            QTreeWidgetItem *item = top->child(i);
            const bool matches = text.isEmpty() || groupMatches
                    || item->text(ActionColumn).contains(text, Qt::CaseInsensitive)
                    || item->text(KeysColumn).contains(text, Qt::CaseInsensitive);
            item->setHidden(!matches);
            groupShown += matches ? 1 : 0;
        }
        top->setHidden(groupShown == 0);
        shown += groupShown;
    }
    m_ui->emptyLabel->setVisible(shown == 0);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    if (!event->spontaneous() && !m_fresh)
        reload();
    m_fresh = false;
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    QDialog::changeEvent(event);
}

} // namespace Glance
