#include "studentdetailpage.h"

#include "notes/notesmodel.h"
#include "studentnotespanel.h"

#include "charts/categoryprogresschart.h"
#include "charts/timespentchart.h"
#include "charts/trendplot.h"
#include "misseditemsmodel.h"
#include "risk/riskfactor.h"
#include "sessionstablemodel.h"
#include "shell/appearance.h"
#include "shell/pagestatewidget.h"
#include "shell/togglebutton.h"
#include "submissionstablemodel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dashboard::ui {

using students::TrendRange;

namespace {

const QString kSettingsGroup = QStringLiteral("studentDetail/");

QPixmap dot(const QColor &colour, int side, qreal ratio)
{
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, side - 2, side - 2));
    return pixmap;
}

// "a · b · c", wrapping only between the items, never inside one.
QString joinUnbroken(QStringList items)
{
    for (QString &item : items)
        item.replace(QLatin1Char(' '), QChar::Nbsp);
    return items.join(QStringLiteral("  ·  "));
}

int riskLevel(double score)
{
    return score >= risk::kAtRiskThreshold ? 2 : score >= 25 ? 1 : 0;
}

} // namespace

StudentDetailPage::StudentDetailPage(const students::StudentSummary &summary, QWidget *parent)
    : QWidget(parent)
    , m_summary(summary)
{
    setObjectName(QStringLiteral("studentDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(createHeader());
    m_state = new PageStateWidget(createContent(), this);
    connect(m_state, &PageStateWidget::retryRequested, this, &StudentDetailPage::reload);
    layout->addWidget(m_state, 1);
    restoreSplitters();
    retranslateUi();
    updateHeader();
}

StudentDetailPage::~StudentDetailPage()
{
    saveSplitters();
}

QWidget *StudentDetailPage::createHeader()
{
    auto *header = new QWidget(this);
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("studentName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.7);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_email = new QLabel(header);
    m_email->setObjectName(QStringLiteral("studentEmail"));
    m_email->setTextFormat(Qt::PlainText);
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle = new QLabel(header);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_figures = new QLabel(header);
    m_figures->setObjectName(QStringLiteral("studentFigures"));
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);

    m_riskDot = new QLabel(header);
    m_riskScore = new QLabel(header);
    m_riskScore->setObjectName(QStringLiteral("riskScore"));
    QFont riskFont = m_riskScore->font();
    riskFont.setPointSizeF(riskFont.pointSizeF() * 1.5);
    riskFont.setBold(true);
    m_riskScore->setFont(riskFont);
    m_factorsTitle = new QLabel(header);
    QFont factorsTitleFont = m_factorsTitle->font();
    factorsTitleFont.setBold(true);
    m_factorsTitle->setFont(factorsTitleFont);
    m_factors = new QLabel(header);
    m_factors->setObjectName(QStringLiteral("riskFactors"));
    m_factors->setTextFormat(Qt::PlainText);
    m_factors->setWordWrap(true);
    m_factors->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(12);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_email, 0, Qt::AlignBaseline);
    nameRow->addStretch();
    who->addLayout(nameRow);
    who->addWidget(m_subtitle);
    who->addWidget(m_figures);
    who->addStretch();

    auto *riskRow = new QHBoxLayout;
    riskRow->setSpacing(6);
    riskRow->addWidget(m_riskDot);
    riskRow->addWidget(m_riskScore);
    riskRow->addStretch();
    auto *why = new QVBoxLayout;
    why->setSpacing(2);
    why->addLayout(riskRow);
    why->addWidget(m_factorsTitle);
    why->addWidget(m_factors);
    why->addStretch();

    // The trend range.
    m_rangeLabel = new QLabel(header);
    m_rangeGroup = new QButtonGroup(this);
    m_rangeGroup->setExclusive(true);
    const QList<QPair<TrendRange, QString>> ranges{{TrendRange::Days30, QStringLiteral("range30")},
                                                   {TrendRange::Days90, QStringLiteral("range90")},
                                                   {TrendRange::Days365, QStringLiteral("range365")},
                                                   {TrendRange::All, QStringLiteral("rangeAll")}};
    auto *rangeRow = new QHBoxLayout;
    rangeRow->setSpacing(4);
    rangeRow->addWidget(m_rangeLabel);
    for (const auto &[range, name] : ranges) {
        auto *button = new ToggleButton(header);
        button->setObjectName(name);
        button->setChecked(range == m_range);
        m_rangeGroup->addButton(button, static_cast<int>(range));
        m_rangeButtons << button;
        rangeRow->addWidget(button);
    }
    rangeRow->addStretch();
    connect(m_rangeGroup, &QButtonGroup::idClicked, this, [this](int id) { setRange(static_cast<TrendRange>(id)); });

    auto *top = new QHBoxLayout;
    top->setSpacing(24);
    top->addLayout(who, 3);
    top->addLayout(why, 2);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(rangeRow);
    return header;
}

QWidget *StudentDetailPage::titled(QLabel **title, QWidget *body)
{
    auto *box = new QWidget(this);
    *title = new QLabel(box);
    QFont font = (*title)->font();
    font.setBold(true);
    (*title)->setFont(font);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(*title);
    body->setParent(box);
    layout->addWidget(body, 1);
    return box;
}

QTableView *StudentDetailPage::createTable(QAbstractItemModel *model, int sortRole, QSortFilterProxyModel **proxy)
{
    auto *sorter = new QSortFilterProxyModel(this);
    sorter->setSourceModel(model);
    sorter->setSortRole(sortRole);
    auto *view = new QTableView(this);
    view->setModel(sorter);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the model's own order until a header is clicked
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->setMinimumHeight(120);
    if (proxy)
        *proxy = sorter;
    return view;
}

QWidget *StudentDetailPage::createContent()
{
    m_trend = new TrendPlot(this);
    m_timeSpent = new TimeSpentChart(this);
    m_categories = new CategoryProgressChart(this);

    m_sessions = new SessionsTableModel(this);
    m_submissions = new SubmissionsTableModel(this);
    m_missed = new MissedItemsModel(this);
    m_sessionsView = createTable(m_sessions, SessionsTableModel::SortRole, nullptr);
    m_sessionsView->setObjectName(QStringLiteral("sessionsView"));
    m_submissionsView = createTable(m_submissions, SubmissionsTableModel::SortRole, nullptr);
    m_submissionsView->setObjectName(QStringLiteral("submissionsView"));
    m_missedView = createTable(m_missed, MissedItemsModel::SortRole, nullptr);
    m_missedView->setObjectName(QStringLiteral("missedView"));

    m_chartsRow = new QSplitter(Qt::Horizontal);
    m_chartsRow->setObjectName(QStringLiteral("chartsSplitter"));
    m_chartsRow->addWidget(titled(&m_trendTitle, m_trend));
    m_chartsRow->addWidget(titled(&m_timeTitle, m_timeSpent));
    m_chartsRow->addWidget(titled(&m_categoryTitle, m_categories));
    m_chartsRow->setStretchFactor(0, 10);
    m_chartsRow->setStretchFactor(1, 7);
    m_chartsRow->setStretchFactor(2, 5);
    m_chartsRow->setChildrenCollapsible(false);

    m_tablesRow = new QSplitter(Qt::Horizontal);
    m_tablesRow->setObjectName(QStringLiteral("tablesSplitter"));
    m_tablesRow->setChildrenCollapsible(false);
    m_tablesTabs = new QTabWidget;
    m_tablesTabs->setObjectName(QStringLiteral("tablesTabs"));
    m_tablesTabs->setDocumentMode(true);
    for (QTableView *view : {m_sessionsView, m_submissionsView, m_missedView}) {
        QLabel *title = nullptr;
        m_tableBoxes << titled(&title, view);
        m_tableTitles << title;
        m_tablesRow->addWidget(m_tableBoxes.last());
    }
    m_sessionsTitle = m_tableTitles.at(0);
    m_submissionsTitle = m_tableTitles.at(1);
    m_missedTitle = m_tableTitles.at(2);
    m_tablesStack = new QStackedWidget;
    m_tablesStack->addWidget(m_tablesRow);
    m_tablesStack->addWidget(m_tablesTabs);

    m_vertical = new QSplitter(Qt::Vertical);
    m_vertical->setObjectName(QStringLiteral("detailSplitter"));
    m_vertical->addWidget(m_chartsRow);
    m_vertical->addWidget(m_tablesStack);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setChildrenCollapsible(false);

    // The notes beside everything else, the full height: they are read while looking at the rest.
    m_notes = new StudentNotesPanel(m_summary.studentId, this);
    m_notesBox = titled(&m_notesTitle, m_notes);
    m_outer = new QSplitter(Qt::Horizontal);
    m_outer->setObjectName(QStringLiteral("notesSplitter"));
    m_outer->addWidget(m_vertical);
    m_outer->addWidget(m_notesBox);
    m_outer->setStretchFactor(0, 4);
    m_outer->setStretchFactor(1, 1);
    m_outer->setCollapsible(0, false);
    connect(m_outer, &QSplitter::splitterMoved, this, [this] { arrangeTables(); });
    const auto countNotes = [this] { m_notesTitle->setText(tr("Notes (%1)").arg(m_notes->model()->rowCount())); };
    connect(m_notes->model(), &QAbstractItemModel::rowsInserted, this, countNotes);
    connect(m_notes->model(), &QAbstractItemModel::rowsRemoved, this, countNotes);
    return m_outer;
}

void StudentDetailPage::setRange(TrendRange range)
{
    m_range = range;
    if (QAbstractButton *button = m_rangeGroup->button(static_cast<int>(range)))
        button->setChecked(true);
    reload();
}

void StudentDetailPage::reload()
{
    setLoading();
    emit detailRequested(m_summary.studentId, m_range);
}

void StudentDetailPage::setLoading()
{
    m_state->showLoading();
}

void StudentDetailPage::setDetail(const students::StudentDetail &detail, Source source)
{
    m_source = source;
    m_detail = detail;
    if (!detail.summary.studentId.isEmpty())
        m_summary = detail.summary;
    m_loaded = true;
    updateHeader();
    m_sessions->setSessions(detail.recentSessions);
    m_submissions->setSubmissions(detail.submissions);
    m_missed->setItems(detail.missedItems);
    updateCharts();
    for (QTableView *view : {m_sessionsView, m_submissionsView, m_missedView}) {
        view->resizeColumnsToContents();
        // Keep a long title or feedback from pushing the other columns out of sight.
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, qMin(view->columnWidth(column), 200));
    }
    retranslateUi(); // the tables' titles carry their counts
    arrangeTables(true);
    m_state->showContent();
    emit loaded();
}

void StudentDetailPage::setError(const QString &message)
{
    m_state->showError(message, tr("Check the connection in the status bar, then try again."));
    emit failed(message);
}

void StudentDetailPage::updateCharts()
{
    const QList<students::DailySnapshot> &snapshots = m_detail.snapshots;
    // The repository's range ends at the student's newest snapshot (today without any), so
    // the charts span the same days: [newest - days + 1, newest].
    m_to = snapshots.isEmpty() ? QDateTime::currentDateTimeUtc().date() : snapshots.last().date;
    if (m_range == TrendRange::All)
        m_from = snapshots.isEmpty() ? m_to.addDays(-29) : snapshots.first().date;
    else
        m_from = m_to.addDays(1 - static_cast<int>(m_range));
    m_trend->setSnapshots(snapshots, m_from, m_to);
    m_timeSpent->setSnapshots(snapshots, m_from, m_to);
    m_categories->setProgress(m_summary.codesProgress, m_summary.phoneticProgress, m_summary.protocolProgress);
}

void StudentDetailPage::updateHeader()
{
    const QLocale locale;
    m_name->setText(m_summary.name.isEmpty() ? m_summary.email : m_summary.name);
    m_email->setText(m_summary.name.isEmpty() ? QString() : m_summary.email);
    QStringList subtitle;
    if (!m_summary.departmentName.isEmpty())
        subtitle << m_summary.departmentName;
    if (!m_summary.instructorName.isEmpty())
        subtitle << tr("Instructor: %1").arg(m_summary.instructorName);
    m_subtitle->setText(joinUnbroken(subtitle));

    QStringList figures;
    figures << tr("Overall score %1").arg(locale.toString(m_summary.overallScore, 'f', 1));
    figures << tr("Streak: %n day(s)", nullptr, m_summary.currentStreak);
    figures << (m_summary.lastActiveAt.isValid()
                    ? tr("Last active %1").arg(locale.toString(m_summary.lastActiveAt.toLocalTime(), QLocale::ShortFormat))
                    : tr("Never active"));
    if (m_summary.openAssignments > 0 || m_summary.overdueAssignments > 0)
        figures << tr("Open assignments: %1 (overdue: %2)").arg(m_summary.openAssignments).arg(m_summary.overdueAssignments);
    if (m_summary.targetScore) {
        figures << (m_summary.targetDate.isValid()
                        ? tr("Target %1 by %2").arg(locale.toString(*m_summary.targetScore, 'f', 0),
                                                    locale.toString(m_summary.targetDate, QLocale::ShortFormat))
                        : tr("Target %1").arg(locale.toString(*m_summary.targetScore, 'f', 0)));
    }
    m_figures->setText(joinUnbroken(figures));

    const int level = riskLevel(m_summary.riskScore);
    const QColor colour = Appearance::riskColor(level, palette());
    const int side = m_riskScore->fontMetrics().height() * 7 / 10;
    m_riskDot->setPixmap(dot(colour, side, devicePixelRatioF()));
    m_riskScore->setText(tr("Risk %1").arg(locale.toString(m_summary.riskScore, 'f', 0)));
    QPalette riskPalette = m_riskScore->palette();
    riskPalette.setColor(QPalette::WindowText, colour);
    m_riskScore->setPalette(riskPalette);

    const QList<risk::RiskFactor> factors = risk::RiskFactor::parseAll(m_summary.riskFactors);
    QStringList lines;
    for (const risk::RiskFactor &factor : factors)
        lines << factor.describe();
    m_factorsTitle->setText(factors.isEmpty() ? QString() : tr("Why:"));
    m_factorsTitle->setVisible(!factors.isEmpty());
    m_factors->setText(lines.isEmpty() ? tr("No risk factors") : lines.join(QLatin1Char('\n')));
}

QString StudentDetailPage::headerText() const
{
    return QStringList{m_name->text(), m_email->text(), m_subtitle->text(), m_figures->text(), m_riskScore->text(), m_factors->text()}
        .join(QLatin1Char('\n'))
        .replace(QChar::Nbsp, QLatin1Char(' '));
}

void StudentDetailPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateHeader();
    } else if (event->type() == QEvent::PaletteChange) {
        updateHeader();
    }
    QWidget::changeEvent(event);
}

void StudentDetailPage::retranslateUi()
{
    m_rangeLabel->setText(tr("Trends over:"));
    const QStringList texts{tr("30 days"), tr("90 days"), tr("365 days"), tr("All")};
    for (int i = 0; i < m_rangeButtons.size(); ++i)
        m_rangeButtons[i]->setText(texts.value(i));
    m_trendTitle->setText(tr("Overall score and daily accuracy"));
    m_timeTitle->setText(tr("Time spent per day"));
    m_categoryTitle->setText(tr("Progress per category"));
    if (isFromLocalCopy()) {
        // The local copy keeps the daily snapshots, not the sessions: say so rather than "(0)".
        m_sessionsTitle->setText(tr("Recent sessions (when online)"));
        m_submissionsTitle->setText(tr("Assignments and submissions (when online)"));
        m_missedTitle->setText(tr("Most missed items (when online)"));
    } else {
        m_sessionsTitle->setText(tr("Recent sessions (%1)").arg(m_sessions->rowCount()));
        m_submissionsTitle->setText(tr("Assignments and submissions (%1)").arg(m_submissions->rowCount()));
        m_missedTitle->setText(tr("Most missed items (%1)").arg(m_missed->rowCount()));
    }
    m_notesTitle->setText(tr("Notes (%1)").arg(m_notes->model()->rowCount()));
    for (int i = 0; i < m_tablesTabs->count(); ++i)
        m_tablesTabs->setTabText(i, m_tableTitles.value(i) ? m_tableTitles[i]->text() : QString());
    m_state->setLoadingText(tr("Loading the student's progress…"));
    // Headers and cell texts of the tables are translated in their models.
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_sessions), static_cast<QAbstractItemModel *>(m_submissions),
                                      static_cast<QAbstractItemModel *>(m_missed)}) {
        if (model->columnCount() > 0)
            emit model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
        if (model->rowCount() > 0)
            emit model->dataChanged(model->index(0, 0), model->index(model->rowCount() - 1, model->columnCount() - 1));
    }
}

void StudentDetailPage::showEvent(QShowEvent *event)
{
    m_wasShown = true;
    QWidget::showEvent(event);
}

void StudentDetailPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeTables();
}

void StudentDetailPage::arrangeTables(bool resetSizes)
{
    QList<int> needed;
    int total = 0;
    for (QTableView *view : {m_sessionsView, m_submissionsView, m_missedView}) {
        const int width = view->horizontalHeader()->length() + view->verticalScrollBar()->sizeHint().width() + 2 * view->frameWidth() + 2;
        needed << width;
        total += width;
    }
    total += 2 * m_tablesRow->handleWidth();
    // The room left of the notes (the notes' share of the page until the splitter is laid out).
    const int available = m_outer->isVisible() && m_vertical->width() > 0
        ? m_vertical->width()
        : (width() - layout()->contentsMargins().left() - layout()->contentsMargins().right()) * 4 / 5;
    const bool sideBySide = available >= total;
    const bool wasSideBySide = m_tablesStack->currentWidget() == m_tablesRow;
    if (sideBySide != wasSideBySide || resetSizes) {
        if (sideBySide) {
            m_tablesTabs->clear();
            for (int i = 0; i < m_tableBoxes.size(); ++i) {
                m_tablesRow->addWidget(m_tableBoxes[i]);
                m_tableBoxes[i]->show(); // the tab widget hid it
                m_tableTitles[i]->setVisible(true);
            }
            // What each table needs, and the room to spare shared in the same proportion.
            QList<int> sizes;
            for (const int width : std::as_const(needed))
                sizes << width * available / qMax(1, total);
            m_tablesRow->setSizes(sizes);
            m_tablesStack->setCurrentWidget(m_tablesRow);
        } else {
            const int current = qMax(0, m_tablesTabs->currentIndex());
            m_tablesTabs->clear();
            for (int i = 0; i < m_tableBoxes.size(); ++i) {
                m_tableTitles[i]->setVisible(false);
                m_tablesTabs->addTab(m_tableBoxes[i], m_tableTitles[i]->text());
            }
            m_tablesTabs->setCurrentIndex(current);
            m_tablesStack->setCurrentWidget(m_tablesTabs);
        }
    }
}

void StudentDetailPage::saveSplitters() const
{
    if (!m_wasShown)
        return;
    QSettings settings;
    settings.setValue(kSettingsGroup + QStringLiteral("vertical"), m_vertical->saveState());
    settings.setValue(kSettingsGroup + QStringLiteral("charts"), m_chartsRow->saveState());
    settings.setValue(kSettingsGroup + QStringLiteral("notes"), m_outer->saveState());
}

void StudentDetailPage::restoreSplitters()
{
    QSettings settings;
    m_vertical->restoreState(settings.value(kSettingsGroup + QStringLiteral("vertical")).toByteArray());
    m_chartsRow->restoreState(settings.value(kSettingsGroup + QStringLiteral("charts")).toByteArray());
    m_outer->restoreState(settings.value(kSettingsGroup + QStringLiteral("notes")).toByteArray());
}

} // namespace dashboard::ui
