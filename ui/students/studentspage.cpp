#include "studentspage.h"

#include "studentnotespanel.h"

#include "csvexport.h"
#include "risk/riskfactor.h"
#include "riskdelegate.h"
#include "shell/pagestatewidget.h"
#include "shell/togglebutton.h"
#include "studentdetailpage.h"
#include "students/studentsmodel.h"
#include "students/studentsservice.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dashboard::ui {

using students::StudentsFilterModel;
using students::StudentsModel;

namespace {

const QString kHeaderKey = QStringLiteral("students/header");
constexpr int kMaxInitialColumnWidth = 320;

} // namespace

StudentsPage::StudentsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("studentsPage"));
    m_model = new StudentsModel(this);
    m_filter = new StudentsFilterModel(this);
    m_filter->setSourceModel(m_model);
    // The quick filters' counts come from the filter model itself, one per filter, so they
    // can never disagree with what the filter shows.
    for (const auto filter : {StudentsFilterModel::AtRisk, StudentsFilterModel::Inactive7Days, StudentsFilterModel::BelowTarget,
                              StudentsFilterModel::HasOverdue}) {
        auto *counter = new StudentsFilterModel(this);
        counter->setQuickFilters(filter);
        counter->setSourceModel(m_model);
        m_counters.append({filter, counter});
    }

    createActions();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("studentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(false);
    m_tabs->addTab(createListTab(), QString());
    // The list is always there: no close button on its tab.
    for (const auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
        if (QWidget *button = m_tabs->tabBar()->tabButton(0, side)) {
            button->hide();
            m_tabs->tabBar()->setTabButton(0, side, nullptr);
        }
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &StudentsPage::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateActions(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // The label follows the filter at once; the per-filter counts (other proxies of the same
    // rows) are settled once every proxy has seen a change.
    auto counts = [this] { updateCounts(); };
    auto settledCounts = [this] { QTimer::singleShot(0, this, &StudentsPage::updateCounts); };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, counts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, counts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, counts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, counts);
    connect(m_filter, &StudentsFilterModel::filterChanged, this, counts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, settledCounts);

    restoreSettings();
    retranslateUi();
    updateCounts();
    updateActions();
    m_listState->showLoading();
}

StudentsPage::~StudentsPage() = default;

QWidget *StudentsPage::createListTab()
{
    auto *tab = new QWidget;
    tab->setObjectName(QStringLiteral("studentsListTab"));

    // The filter row.
    m_filtersLabel = new QLabel(tab);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(8, 6, 8, 6);
    row->setSpacing(6);
    row->addWidget(m_filtersLabel);
    const QList<QPair<StudentsFilterModel::QuickFilter, QString>> filters{
        {StudentsFilterModel::AtRisk, QStringLiteral("filterAtRisk")},
        {StudentsFilterModel::Inactive7Days, QStringLiteral("filterInactive")},
        {StudentsFilterModel::BelowTarget, QStringLiteral("filterBelowTarget")},
        {StudentsFilterModel::HasOverdue, QStringLiteral("filterHasOverdue")}};
    for (const auto &[filter, name] : filters) {
        auto *button = new ToggleButton(tab);
        button->setObjectName(name);
        connect(button, &QToolButton::toggled, this, [this] {
            StudentsFilterModel::QuickFilters active;
            for (const auto &[f, b] : std::as_const(m_filterButtons)) {
                if (b->isChecked())
                    active |= f;
            }
            m_filter->setQuickFilters(active);
        });
        m_filterButtons.append({filter, button});
        row->addWidget(button);
    }
    row->addSpacing(12);
    m_shownTotal = new QLabel(tab);
    m_shownTotal->setObjectName(QStringLiteral("shownTotal"));
    row->addWidget(m_shownTotal);
    row->addStretch();
    m_messageButton = new QToolButton(tab);
    m_messageButton->setDefaultAction(m_messageAction);
    m_assignButton = new QToolButton(tab);
    m_assignButton->setDefaultAction(m_assignAction);
    m_exportButton = new QToolButton(tab);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefaultAction(m_exportAction);
    for (QToolButton *button : {m_messageButton, m_assignButton, m_exportButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }

    // The table.
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("studentsTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(StudentsModel::Risk, new RiskDelegate(m_table));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->sortByColumn(StudentsModel::Risk, Qt::DescendingOrder);
    m_table->addAction(m_openAction);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(StudentsModel::StudentIdRole).toString();
        if (!id.isEmpty())
            openStudent(id);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &StudentsPage::showContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &StudentsPage::showHeaderMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateActions(); });

    m_listState = new PageStateWidget(m_table, tab);
    connect(m_listState, &PageStateWidget::retryRequested, this, &StudentsPage::retryRequested);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(row);
    layout->addWidget(m_listState, 1);
    return tab;
}

void StudentsPage::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openStudent"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            openStudent(current.data(StudentsModel::StudentIdRole).toString());
    });
    m_messageAction = new QAction(this);
    m_messageAction->setObjectName(QStringLiteral("messageStudents"));
    m_messageAction->setEnabled(false);
    m_assignAction = new QAction(this);
    m_assignAction->setObjectName(QStringLiteral("assignStudents"));
    m_assignAction->setEnabled(false);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportCsv"));
    m_exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(m_exportAction, &QAction::triggered, this, &StudentsPage::exportCsvInteractively);
    m_closeTabAction = new QAction(this);
    m_closeTabAction->setObjectName(QStringLiteral("closeStudentTab"));
    m_closeTabAction->setShortcuts(QKeySequence::Close);
    connect(m_closeTabAction, &QAction::triggered, this, &StudentsPage::closeCurrentDetail);
}

void StudentsPage::setService(students::StudentsService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (!service)
        return;
    connect(service, &students::StudentsService::studentsLoaded, this, &StudentsPage::onStudentsLoaded);
    connect(service, &students::StudentsService::studentsFailed, this, &StudentsPage::onStudentsFailed);
    connect(service, &students::StudentsService::detailLoaded, this, &StudentsPage::onDetailLoaded);
    connect(service, &students::StudentsService::detailFailed, this, &StudentsPage::onDetailFailed);
    // The local copy's detail first; the request stays in flight for the server's.
    connect(service, &students::StudentsService::detailFromLocalCopy, this, [this](const students::StudentDetail &detail) {
        if (m_detailInFlight && m_detailInFlight->page && detail.summary.studentId == m_detailInFlight->studentId)
            m_detailInFlight->page->setDetail(detail, StudentDetailPage::Source::LocalCopy);
    });
    connect(service, &students::StudentsService::notesLoaded, this,
            [this](const QString &studentId, const QList<notes::StudentNote> &notes) {
                for (StudentDetailPage *page : detailPages()) {
                    if (page->studentId() == studentId)
                        page->notesPanel()->setNotes(notes);
                }
            });
}

void StudentsPage::refreshQuietly()
{
    if (!m_service)
        return;
    // No loading state: the rows update in place when they come (a sync every minute must not
    // make the page blink).
    if (m_loaded)
        m_service->loadStudents();
    else
        reload();
    for (StudentDetailPage *page : detailPages())
        m_service->loadNotes(page->studentId());
}

void StudentsPage::reload()
{
    if (!m_service)
        return;
    m_listLoading = true;
    m_listState->setLoadingText(tr("Loading students…"));
    m_listState->showLoading();
    emit loadingChanged(true);
    m_service->loadStudents();
    if (StudentDetailPage *detail = currentDetail())
        detail->reload();
}

bool StudentsPage::isLoading() const
{
    return m_listLoading || m_detailInFlight.has_value() || !m_detailQueue.isEmpty();
}

void StudentsPage::showConnecting()
{
    m_listState->setLoadingText(tr("Connecting…"));
    m_listState->showLoading();
}

void StudentsPage::showConnectionProblem(const QString &message, const QString &advice)
{
    m_listLoading = false;
    m_listState->showError(message, advice);
}

void StudentsPage::onStudentsLoaded(const QList<students::StudentSummary> &students)
{
    m_model->setStudents(students);
    m_listLoading = false;
    const bool first = !m_loaded;
    m_loaded = true;
    m_listState->showContent();
    if (first && !m_headerRestored)
        fitColumns();
    if (first && !m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_filter->index(0, 0), QItemSelectionModel::NoUpdate);
    updateCounts();
    updateActions();
    emit loadingChanged(isLoading());
    emit studentsShown();
}

void StudentsPage::fitColumns()
{
    // Every column as wide as its contents, except the risk factors, which take what is left
    // of the view (the full text is in their tooltip).
    m_table->resizeColumnsToContents();
    int others = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == StudentsModel::RiskFactors)
            continue;
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 8, kMaxInitialColumnWidth));
        if (!m_table->isColumnHidden(column))
            others += m_table->columnWidth(column);
    }
    const int wanted = m_table->columnWidth(StudentsModel::RiskFactors) + 8;
    const int left = m_table->viewport()->width() - others - 2;
    const int minimum = m_table->fontMetrics().averageCharWidth() * 24;
    // Room to spare goes to the risk factors too, rather than to a wide empty last column.
    m_table->setColumnWidth(StudentsModel::RiskFactors, qMax(minimum, left > wanted ? left : qMin(wanted, left)));
}

void StudentsPage::onStudentsFailed(const QString &error)
{
    m_listLoading = false;
    m_listState->showError(tr("The students could not be loaded."), error);
    emit loadingChanged(isLoading());
    emit studentsFailed(error);
}

void StudentsPage::setSearchText(const QString &text)
{
    m_filter->setSearchText(text);
}

void StudentsPage::setQuickFilters(StudentsFilterModel::QuickFilters filters)
{
    for (const auto &[filter, button] : std::as_const(m_filterButtons))
        button->setChecked(filters.testFlag(filter));
}

QToolButton *StudentsPage::quickFilterButton(StudentsFilterModel::QuickFilter filter) const
{
    for (const auto &[f, button] : m_filterButtons) {
        if (f == filter)
            return button;
    }
    return nullptr;
}

QString StudentsPage::shownTotalText() const
{
    return m_shownTotal->text();
}

void StudentsPage::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_shownTotal->setText(m_loaded ? tr("Showing %1 of %n student(s)", nullptr, total).arg(shown) : QString());
    for (const auto &[filter, button] : std::as_const(m_filterButtons)) {
        QString text;
        switch (filter) {
        case StudentsFilterModel::AtRisk:
            text = tr("&At risk");
            break;
        case StudentsFilterModel::Inactive7Days:
            text = tr("&Inactive 7+ days");
            break;
        case StudentsFilterModel::BelowTarget:
            text = tr("&Below target");
            break;
        case StudentsFilterModel::HasOverdue:
            text = tr("Has &overdue");
            break;
        default:
            break;
        }
        for (const auto &[f, counter] : std::as_const(m_counters)) {
            if (f == filter && m_loaded)
                text = tr("%1 (%2)").arg(text).arg(counter->rowCount());
        }
        button->setText(text);
    }
}

QStringList StudentsPage::selectedStudentIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(StudentsModel::StudentIdRole).toString();
    return ids;
}

void StudentsPage::updateActions()
{
    const bool listInFront = m_tabs->currentIndex() == 0;
    m_openAction->setEnabled(listInFront && m_table->currentIndex().isValid());
    // Only while the page is on screen: Ctrl+W on another page must not close a hidden tab.
    m_closeTabAction->setEnabled(isVisible() && m_tabs->currentIndex() > 0);
    m_exportAction->setEnabled(m_loaded);
}

void StudentsPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true); // the disabled actions say why
    menu.addAction(m_openAction);
    menu.addSeparator();
    menu.addAction(m_messageAction);
    menu.addAction(m_assignAction);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void StudentsPage::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name identifies the row; it stays.
        action->setEnabled(column != StudentsModel::Name);
        connect(action, &QAction::toggled, header, [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu.exec(header->mapToGlobal(pos));
}

bool StudentsPage::exportCsv(const QString &path, QString *error) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !csv::write(*m_filter, columns, &file) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void StudentsPage::exportCsvInteractively()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("students-%1.csv", "file name; %1 is the date").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Students to CSV"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export to CSV"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

StudentDetailPage *StudentsPage::openStudent(const QString &studentId)
{
    for (StudentDetailPage *page : detailPages()) {
        if (page->studentId() == studentId) {
            m_tabs->setCurrentWidget(page);
            return page;
        }
    }
    const int row = m_model->rowOf(studentId);
    const students::StudentSummary *summary = row >= 0 ? m_model->student(row) : nullptr;
    if (!summary)
        return nullptr;
    auto *page = new StudentDetailPage(*summary, m_tabs);
    connect(page, &StudentDetailPage::detailRequested, this,
            [this, page](const QString &id, students::TrendRange range) { requestDetail(page, id, range); });
    const QString title = summary->name.isEmpty() ? summary->email : summary->name;
    const int index = m_tabs->addTab(page, title);
    m_tabs->setTabToolTip(index, summary->email.isEmpty() ? title : tr("%1 <%2>").arg(title, summary->email));
    m_tabs->setCurrentIndex(index);
    emit detailOpened(page);
    page->reload();
    if (m_service)
        m_service->loadNotes(studentId);
    return page;
}

StudentDetailPage *StudentsPage::currentDetail() const
{
    return qobject_cast<StudentDetailPage *>(m_tabs->currentWidget());
}

QList<StudentDetailPage *> StudentsPage::detailPages() const
{
    QList<StudentDetailPage *> pages;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<StudentDetailPage *>(m_tabs->widget(i)))
            pages << page;
    }
    return pages;
}

void StudentsPage::showList()
{
    m_tabs->setCurrentIndex(0);
}

bool StudentsPage::closeCurrentDetail()
{
    const int index = m_tabs->currentIndex();
    if (index <= 0)
        return false;
    closeTab(index);
    return true;
}

void StudentsPage::closeTab(int index)
{
    if (index <= 0)
        return;
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    page->deleteLater();
    if (m_tabs->currentIndex() == 0)
        m_table->setFocus();
}

void StudentsPage::requestDetail(StudentDetailPage *page, const QString &studentId, students::TrendRange range)
{
    if (!m_service) {
        page->setError(tr("Not connected."));
        return;
    }
    // The newest request of a tab replaces one it still has waiting.
    m_detailQueue.removeIf([page](const DetailRequest &request) { return request.page == page || !request.page; });
    m_detailQueue.append({page, studentId, range});
    emit loadingChanged(true);
    sendNextDetailRequest();
}

void StudentsPage::sendNextDetailRequest()
{
    if (m_detailInFlight || !m_service)
        return;
    while (!m_detailQueue.isEmpty()) {
        DetailRequest request = m_detailQueue.takeFirst();
        if (!request.page)
            continue; // its tab was closed meanwhile
        m_detailInFlight = request;
        m_service->loadDetail(request.studentId, request.range);
        return;
    }
    emit loadingChanged(isLoading());
}

void StudentsPage::onDetailLoaded(const students::StudentDetail &detail)
{
    if (!m_detailInFlight)
        return;
    const DetailRequest request = *m_detailInFlight;
    m_detailInFlight.reset();
    const bool sameStudent = detail.summary.studentId.isEmpty() || detail.summary.studentId == request.studentId;
    const bool superseded = std::any_of(m_detailQueue.cbegin(), m_detailQueue.cend(),
                                        [&request](const DetailRequest &queued) { return queued.page == request.page; });
    if (request.page && sameStudent && !superseded)
        request.page->setDetail(detail);
    sendNextDetailRequest();
    emit loadingChanged(isLoading());
}

void StudentsPage::onDetailFailed(const QString &studentId, const QString &error)
{
    if (!m_detailInFlight)
        return;
    const DetailRequest request = *m_detailInFlight;
    m_detailInFlight.reset();
    const bool superseded = std::any_of(m_detailQueue.cbegin(), m_detailQueue.cend(),
                                        [&request](const DetailRequest &queued) { return queued.page == request.page; });
    // Offline with the local copy on the page: it stays (the status bar says the server is away).
    if (request.page && (studentId.isEmpty() || studentId == request.studentId) && !superseded
        && !request.page->isFromLocalCopy())
        request.page->setError(error);
    sendNextDetailRequest();
    emit loadingChanged(isLoading());
}

void StudentsPage::saveSettings() const
{
    QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void StudentsPage::restoreSettings()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (!state.isEmpty() && header->restoreState(state) && header->count() == m_model->columnCount()) {
        m_headerRestored = true;
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void StudentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
}

void StudentsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

void StudentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StudentsPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("All students"));
    m_filtersLabel->setText(tr("Show only:"));
    m_openAction->setText(tr("&Open"));
    m_messageAction->setText(tr("&Message…"));
    m_messageAction->setToolTip(tr("Coming with messaging"));
    m_assignAction->setText(tr("A&ssign…"));
    m_assignAction->setToolTip(tr("Coming with assignments"));
    m_exportAction->setText(tr("E&xport to CSV…"));
    m_exportAction->setToolTip(tr("Save the students shown, as listed, to a CSV file"));
    m_closeTabAction->setText(tr("&Close Student Tab"));
    const QList<QPair<StudentsFilterModel::QuickFilter, QString>> tips{
        {StudentsFilterModel::AtRisk, tr("Students with a risk score of %1 or more").arg(risk::kAtRiskThreshold)},
        {StudentsFilterModel::Inactive7Days, tr("No practice for 7 days or more, or never")},
        {StudentsFilterModel::BelowTarget, tr("A target is set and the overall score is below it")},
        {StudentsFilterModel::HasOverdue, tr("At least one overdue assignment")}};
    for (const auto &[filter, tip] : tips) {
        if (QToolButton *button = quickFilterButton(filter))
            button->setToolTip(tip);
    }
    m_listState->setLoadingText(m_loaded || m_service ? tr("Loading students…") : tr("Connecting…"));
    // The model's headers and relative times are translated where they are made.
    if (m_model->columnCount() > 0)
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    if (m_model->rowCount() > 0)
        emit m_model->dataChanged(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1));
    updateCounts();
}

} // namespace dashboard::ui
