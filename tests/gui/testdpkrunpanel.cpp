#include "dpkdemodata.h"
#include "dpkexportcopy.h"
#include "dpkguitestsupport.h"
#include "dpklayoutbuilder.h"
#include "dpkpluginhost.h"
#include "dpkprojectupdater.h"
#include "dpkqgiscompat.h"
#include "dpkrunform.h"
#include "dpkrunpanel.h"
#include "dpkstockholmform.h"
#include "dpktestfiles.h"

#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayoutatlas.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsmessagebar.h>
#include <qgsmessagebaritem.h>
#include <qgsmessagelog.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>

#include <gtest/gtest.h>

namespace
{
// A full build of the Stockholm case takes a few seconds; the limit only stops a hung test.
constexpr int RUN_TIMEOUT_MS = 120000;

QStringList pluginLayerIds()
{
  QStringList ids;
  for ( const QgsMapLayer *layer : DpkProjectUpdater( QgsProject::instance() ).pluginLayers() )
    ids << layer->id();
  ids.sort();
  return ids;
}

//! A QGIS window standing in for the desktop: it records the layouts it was asked to open.
class DesignerHost : public DpkPluginHost
{
public:
  QWidget *mainWindow() override { return &mWindow; }
  QgsMessageBar *messageBar() override { return nullptr; }
  void addDockWidget( QgsDockWidget * ) override {}
  void removeDockWidget( QgsDockWidget * ) override {}
  void addAction( QAction * ) override {}
  void removeAction( QAction * ) override {}
  void openLayoutDesigner( QgsPrintLayout *layout ) override { mOpened << layout; }
  //! As QGIS does when the user saves or discards the project, or cancels.
  bool newProject() override
  {
    ++mNewProjects;
    if ( mAcceptNewProject )
      QgsProject::instance()->clear();
    return mAcceptNewProject;
  }

  QMainWindow mWindow;
  QList<QgsPrintLayout *> mOpened;
  bool mAcceptNewProject = true;
  int mNewProjects = 0;
};

//! Returns the plugin's print layout of \a indicatorId in the current project, or nullptr.
QgsPrintLayout *pluginSheet( const QString &indicatorId )
{
  for ( QgsPrintLayout *layout : QgsProject::instance()->layoutManager()->printLayouts() )
  {
    if ( layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString() ==
             indicatorId &&
         !layout->atlas()->enabled() )
      return layout;
  }
  return nullptr;
}

QString labelText( QgsPrintLayout *layout, const QString &id )
{
  auto *label = qobject_cast<QgsLayoutItemLabel *>( layout->itemById( id ) );
  return label ? label->currentText() : QString();
}

//! Collects what the plugin writes to the QGIS message log while it lives.
class PluginLog
{
public:
  PluginLog()
  {
    mConnection = QObject::connect(
        QgsApplication::messageLog(),
        qOverload<const QString &, const QString &, Qgis::MessageLevel>(
            &QgsMessageLog::messageReceived ),
        [ this ]( const QString &message, const QString &tag, Qgis::MessageLevel level )
        {
          if ( tag == DpkQgisCompat::logTag() && level == Qgis::MessageLevel::Warning )
            mWarnings << message;
        } );
  }
  ~PluginLog() { QObject::disconnect( mConnection ); }

  QStringList mWarnings;

private:
  QMetaObject::Connection mConnection;
};
} // namespace

class DpkRunPanelOnStockholm : public DpkStockholmFormFixture
{
protected:
  void SetUp() override
  {
    DpkStockholmFormFixture::SetUp();
    if ( HasFatalFailure() )
      return;
    mPanel = std::make_unique<DpkRunPanel>();
    mPanel->setMessageBar( &mMessageBar );
    mPanel->setCatalogue( mCatalogue );
    fillForm( mPanel->form() );
  }

  void TearDown() override
  {
    mPanel.reset();
    DpkStockholmFormFixture::TearDown();
  }

  //! Presses \a button and waits for the run it starts; returns whether the run succeeded.
  bool runWith( const char *buttonName )
  {
    QPushButton *button = field<QPushButton>( mPanel.get(), buttonName );
    QList<bool> outcomes;
    QObject::connect( mPanel.get(), &DpkRunPanel::runFinished, mPanel.get(),
                      [ &outcomes ]( bool success ) { outcomes << success; } );
    button->click();
    EXPECT_TRUE( mPanel->isRunning() )
        << "the run did not start: "
        << field<QLabel>( mPanel.get(), "DataPaKartaRunStatus" )->text().toStdString();
    EXPECT_FALSE( field<QPushButton>( mPanel.get(), "DataPaKartaMakeMap" )->isEnabled() );
    if ( mPanel->isRunning() )
    {
      EXPECT_TRUE( dpkWaitForSignal( mPanel.get(), &DpkRunPanel::runFinished, RUN_TIMEOUT_MS ) );
    }
    QObject::disconnect( mPanel.get(), &DpkRunPanel::runFinished, mPanel.get(), nullptr );
    return outcomes == QList<bool>{ true };
  }

  QgsMessageBar mMessageBar;
  PluginLog mLog;
  std::unique_ptr<DpkRunPanel> mPanel;
};

TEST_F( DpkRunPanelOnStockholm, MakesTheStyledLayersOfStockholmInTheProject )
{
  ASSERT_FALSE( HasFatalFailure() );
  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();

  QgsLayerTreeGroup *group =
      QgsProject::instance()->layerTreeRoot()->findGroup( QStringLiteral( "Stockholm 2024/25" ) );
  ASSERT_NE( group, nullptr );
  EXPECT_EQ( group->findLayers().size(), 7 );
  EXPECT_EQ( pluginLayerIds().size(), 7 );
  EXPECT_TRUE( QFile::exists( geopackage() ) );
  // The user's area layer stays, outside the plugin's group.
  EXPECT_EQ( QgsProject::instance()->mapLayer( mAreaLayer->id() ), mAreaLayer );

  const QString summary = mPanel->summary();
  EXPECT_TRUE(
      summary.contains( QStringLiteral( "147 of the municipality's 149 schools on the map" ) ) )
      << summary.toStdString();
  EXPECT_TRUE( summary.contains( QStringLiteral( "Not on the map or outside every area: 3" ) ) )
      << summary.toStdString();
  for ( const char *code : { "51772207", "72066571", "83584296" } )
    EXPECT_TRUE( summary.contains( QString::fromLatin1( code ) ) ) << code;
  EXPECT_TRUE( summary.contains( QStringLiteral( "outside every area – 1:" ) ) )
      << summary.toStdString();
  EXPECT_TRUE( summary.contains( QStringLiteral( "13 areas" ) ) ) << summary.toStdString();

  ASSERT_NE( mMessageBar.currentItem(), nullptr );
  EXPECT_EQ( mMessageBar.currentItem()->level(), Qgis::MessageLevel::Success );
  EXPECT_TRUE( mMessageBar.currentItem()->text().contains( QStringLiteral( "147 of 149" ) ) );

  const std::optional<DpkRunConfig> stored = DpkProjectUpdater::storedRun( QgsProject::instance() );
  ASSERT_TRUE( stored.has_value() );
  EXPECT_EQ( stored->toJson(), mConfig.toJson() );
  EXPECT_TRUE( field<QPushButton>( mPanel.get(), "DataPaKartaUpdate" )->isEnabled() );
  EXPECT_TRUE( field<QPushButton>( mPanel.get(), "DataPaKartaMakeMap" )->isEnabled() );
}

TEST_F( DpkRunPanelOnStockholm, MakesASheetAndAnAtlasPerIndicatorInTheProjectsLayouts )
{
  ASSERT_FALSE( HasFatalFailure() );
  QPushButton *makeSheets = field<QPushButton>( mPanel.get(), "DataPaKartaMakeSheets" );
  EXPECT_FALSE( makeSheets->isEnabled() ) << "there is no map to make sheets of yet";
  auto *templates = field<QComboBox>( mPanel.get(), "DataPaKartaSheetTemplate" );
  EXPECT_EQ( templates->count(), DpkLayoutBuilder::builtInTemplates().size() );
  EXPECT_NE( templates->findText( QStringLiteral( "a4-landscape" ) ), -1 );

  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();
  ASSERT_TRUE( makeSheets->isEnabled() );
  templates->setCurrentIndex( templates->findText( QStringLiteral( "a3-portrait" ) ) );
  field<QCheckBox>( mPanel.get(), "DataPaKartaAtlasPerArea" )->setChecked( true );
  makeSheets->click();

  const QList<QgsPrintLayout *> layouts = QgsProject::instance()->layoutManager()->printLayouts();
  ASSERT_EQ( layouts.size(), 6 ) << mPanel->summary().toStdString();
  int atlases = 0;
  const QString summary = mPanel->summary();
  for ( QgsPrintLayout *layout : layouts )
  {
    atlases += layout->atlas()->enabled() ? 1 : 0;
    EXPECT_TRUE( summary.contains( layout->name() ) ) << layout->name().toStdString();
    EXPECT_EQ( layout->customProperty( DpkLayoutBuilder::TEMPLATE_PROPERTY ).toString(),
               QStringLiteral( "a3-portrait" ) );
  }
  EXPECT_EQ( atlases, 3 );
  // The run's own summary stays above the sheets.
  EXPECT_TRUE( summary.contains( QStringLiteral( "Not on the map or outside every area: 3" ) ) )
      << summary.toStdString();
}

TEST_F( DpkRunPanelOnStockholm, AReopenedProjectShowsItsRunAndUpdateMakesTheMapAgain )
{
  ASSERT_FALSE( HasFatalFailure() );
  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();
  const QStringList firstLayers = pluginLayerIds();
  const QString projectFile = mWork.filePath( QStringLiteral( "skolkarta.qgz" ) );
  ASSERT_TRUE( QgsProject::instance()->write( projectFile ) );

  QgsProject::instance()->clear();
  auto *municipality = field<QLineEdit>( mPanel.get(), "DataPaKartaMunicipality" );
  EXPECT_TRUE( municipality->text().isEmpty() );
  EXPECT_FALSE( field<QPushButton>( mPanel.get(), "DataPaKartaUpdate" )->isEnabled() );

  ASSERT_TRUE( QgsProject::instance()->read( projectFile ) );
  EXPECT_EQ( municipality->text(), QStringLiteral( "0180" ) );
  const DpkResult<DpkRunConfig> shown = mPanel->form()->config();
  ASSERT_TRUE( shown.isOk() ) << shown.error().toStdString();
  EXPECT_EQ( shown.value().toJson(), mConfig.toJson() );
  ASSERT_NE( mPanel->form()->areaLayer(), nullptr );
  EXPECT_EQ( mPanel->form()->areaLayer()->name(), QStringLiteral( "Stadsdelsområden" ) );
  ASSERT_TRUE( field<QPushButton>( mPanel.get(), "DataPaKartaUpdate" )->isEnabled() );

  // Update needs no other step than the button.
  ASSERT_TRUE( runWith( "DataPaKartaUpdate" ) ) << mPanel->summary().toStdString();
  const QStringList updatedLayers = pluginLayerIds();
  EXPECT_EQ( updatedLayers.size(), 7 );
  for ( const QString &id : updatedLayers )
    EXPECT_FALSE( firstLayers.contains( id ) ) << id.toStdString();
  EXPECT_EQ( QgsProject::instance()->layerTreeRoot()->findGroups().size(), 1 );
  EXPECT_TRUE( mPanel->summary().contains( QStringLiteral( "147 of the municipality's 149" ) ) );
}

TEST_F( DpkRunPanelOnStockholm, AFailedRunLeavesTheEarlierLayersAndSaysWhy )
{
  ASSERT_FALSE( HasFatalFailure() );
  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();
  const QStringList before = pluginLayerIds();
  const QByteArray storedBefore =
      QgsProject::instance()
          ->readEntry( QStringLiteral( "datapakarta" ), QStringLiteral( "/run" ) )
          .toUtf8();

  // An address where the replay server has nothing: the school locations cannot be read.
  const QString wrongApi = mServer.url( QStringLiteral( "/nothing-here/v4" ) ).toString();
  field<QLineEdit>( mPanel.get(), "DataPaKartaSchoolsUrl" )->setText( wrongApi );
  mLog.mWarnings.clear();
  EXPECT_FALSE( runWith( "DataPaKartaMakeMap" ) );

  EXPECT_EQ( pluginLayerIds(), before );
  EXPECT_EQ( QgsProject::instance()
                 ->readEntry( QStringLiteral( "datapakarta" ), QStringLiteral( "/run" ) )
                 .toUtf8(),
             storedBefore );
  ASSERT_NE( mMessageBar.currentItem(), nullptr );
  EXPECT_EQ( mMessageBar.currentItem()->level(), Qgis::MessageLevel::Critical );
  EXPECT_TRUE( mMessageBar.currentItem()->text().startsWith(
      QStringLiteral( "The map could not be made: " ) ) );
  ASSERT_EQ( mLog.mWarnings.size(), 1 );
  EXPECT_TRUE( mLog.mWarnings.first().contains( wrongApi ) )
      << mLog.mWarnings.first().toStdString();
  EXPECT_TRUE( mPanel->summary().startsWith( QStringLiteral( "The map could not be made: " ) ) );
}

TEST_F( DpkRunPanelOnStockholm, AMissingExportFileIsNamedBeforeAnythingStarts )
{
  ASSERT_FALSE( HasFatalFailure() );
  const QString missing = mWork.filePath( QStringLiteral( "gone.csv" ) );
  field<QgsFileWidget>( mPanel->form(), "DataPaKartaResultsFile" )->setFilePath( missing );

  EXPECT_FALSE( mPanel->makeMap() );
  EXPECT_FALSE( mPanel->isRunning() );
  EXPECT_EQ( field<QLabel>( mPanel.get(), "DataPaKartaRunStatus" )->text(),
             QStringLiteral( "The map cannot be made yet:\nResults: the export file %1 does not "
                             "exist." )
                 .arg( missing ) );
  EXPECT_TRUE( pluginLayerIds().isEmpty() );
}

TEST_F( DpkRunPanelOnStockholm, CancelStopsTheRunAndChangesNothing )
{
  ASSERT_FALSE( HasFatalFailure() );
  // The list of school units answers slowly, so the run is still reading when it is cancelled.
  DpkReplayServer::Fault slow;
  slow.kind = DpkReplayServer::Fault::Kind::Delay;
  slow.delayMs = 5000;
  mServer.setFault( QStringLiteral( "/planned-educations/v4/school-units" ), slow );

  QList<bool> outcomes;
  QObject::connect( mPanel.get(), &DpkRunPanel::runFinished,
                    [ &outcomes ]( bool success ) { outcomes << success; } );
  ASSERT_TRUE( mPanel->makeMap() );
  EXPECT_TRUE(
      field<QPushButton>( mPanel.get(), "DataPaKartaCancel" )->isVisibleTo( mPanel.get() ) );

  // Let the run reach the slow request, then cancel: the cancel must reach the request in flight
  // rather than wait for its answer.
  QEventLoop settle;
  QTimer::singleShot( 1000, &settle, &QEventLoop::quit );
  settle.exec();
  ASSERT_TRUE( mPanel->isRunning() );
  QElapsedTimer sinceCancel;
  sinceCancel.start();
  field<QPushButton>( mPanel.get(), "DataPaKartaCancel" )->click();
  if ( outcomes.isEmpty() )
  {
    ASSERT_TRUE( dpkWaitForSignal( mPanel.get(), &DpkRunPanel::runFinished, RUN_TIMEOUT_MS ) );
  }
  EXPECT_LT( sinceCancel.elapsed(), 3000 );

  EXPECT_EQ( outcomes, QList<bool>{ false } );
  EXPECT_FALSE( mPanel->isRunning() );
  EXPECT_TRUE( pluginLayerIds().isEmpty() );
  EXPECT_FALSE( QFile::exists( geopackage() ) );
  EXPECT_FALSE( DpkProjectUpdater::storedRun( QgsProject::instance() ).has_value() );
  EXPECT_TRUE( mPanel->summary().contains( QStringLiteral( "cancelled" ) ) )
      << mPanel->summary().toStdString();
  ASSERT_NE( mMessageBar.currentItem(), nullptr );
  EXPECT_EQ( mMessageBar.currentItem()->level(), Qgis::MessageLevel::Info );
  EXPECT_TRUE( field<QPushButton>( mPanel.get(), "DataPaKartaMakeMap" )->isEnabled() );
  EXPECT_FALSE(
      field<QPushButton>( mPanel.get(), "DataPaKartaCancel" )->isVisibleTo( mPanel.get() ) );
}

TEST_F( DpkRunPanelOnStockholm, ANewProjectEmptiesTheForm )
{
  ASSERT_FALSE( HasFatalFailure() );
  QgsProject::instance()->clear();

  EXPECT_TRUE( field<QLineEdit>( mPanel.get(), "DataPaKartaMunicipality" )->text().isEmpty() );
  EXPECT_EQ( mPanel->form()->areaLayer(), nullptr );
  EXPECT_FALSE( field<QPushButton>( mPanel.get(), "DataPaKartaUpdate" )->isEnabled() );
  EXPECT_FALSE( mPanel->updateMap() );
}

TEST_F( DpkRunPanelOnStockholm, UpdateToANewSchoolYearRefreshesTheSheetsAndKeepsTheUsersWork )
{
  ASSERT_FALSE( HasFatalFailure() );
  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();
  ASSERT_EQ( mPanel->makeSheets().size(), 3 );

  // The user's work: a note on the merit rating's sheet, its legend moved, a layout of their own.
  QgsPrintLayout *sheet = pluginSheet( QStringLiteral( "meritvarde" ) );
  ASSERT_NE( sheet, nullptr );
  const QString oldTitle = labelText( sheet, QStringLiteral( "title" ) );
  auto *note = new QgsLayoutItemLabel( sheet );
  note->setId( QStringLiteral( "user-note" ) );
  note->setText( QStringLiteral( "Till nämnden 12 maj" ) );
  sheet->addLayoutItem( note );
  auto *legend =
      qobject_cast<QgsLayoutItemLegend *>( sheet->itemById( QStringLiteral( "legend" ) ) );
  ASSERT_NE( legend, nullptr );
  legend->attemptMove( QgsLayoutPoint( 11, 13, QgsUnitTypes::LayoutMillimeters ) );
  auto *own = new QgsPrintLayout( QgsProject::instance() );
  own->initializeDefaults();
  own->setName( QStringLiteral( "Min egen karta" ) );
  ASSERT_TRUE( QgsProject::instance()->layoutManager()->addLayout( own ) );

  // Next year's export, whose Stockholm merit ratings are 10 points lower, is what the run reads.
  DpkRunConfig stored = *DpkProjectUpdater::storedRun( QgsProject::instance() );
  stored.results.path = dpkWriteExportOfPeriod( mWork.path(), QStringLiteral( "2025/26" ),
                                                QStringLiteral( "0180" ), -10.0 );
  ASSERT_FALSE( stored.results.path.isEmpty() );
  DpkProjectUpdater::storeRun( QgsProject::instance(), stored );
  const QString projectFile = mWork.filePath( QStringLiteral( "skolkarta.qgz" ) );
  ASSERT_TRUE( QgsProject::instance()->write( projectFile ) );
  QgsProject::instance()->clear();

  // Reopened, the project's run offers the new school year: Update is all it takes.
  ASSERT_TRUE( QgsProject::instance()->read( projectFile ) );
  auto *period = field<QComboBox>( mPanel.get(), "DataPaKartaPeriod" );
  if ( period->findText( QStringLiteral( "2025/26" ) ) < 0 )
  {
    ASSERT_TRUE( dpkWaitForSignal( mPanel->form(), &DpkRunForm::periodsRead, 30000 ) );
  }
  ASSERT_GE( period->findText( QStringLiteral( "2025/26" ) ), 0 );
  period->setCurrentIndex( period->findText( QStringLiteral( "2025/26" ) ) );
  ASSERT_TRUE( runWith( "DataPaKartaUpdate" ) ) << mPanel->summary().toStdString();

  QStringList sheetNames;
  for ( QgsPrintLayout *layout : QgsProject::instance()->layoutManager()->printLayouts() )
  {
    if ( !layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString().isEmpty() )
      sheetNames << layout->name();
  }
  ASSERT_EQ( sheetNames.size(), 3 );
  for ( const QString &name : sheetNames )
  {
    EXPECT_TRUE( name.endsWith( QStringLiteral( "2025/26" ) ) ) << name.toStdString();
    EXPECT_TRUE( mPanel->summary().contains( name ) ) << mPanel->summary().toStdString();
  }
  QgsPrintLayout *refreshed = pluginSheet( QStringLiteral( "meritvarde" ) );
  ASSERT_NE( refreshed, nullptr );
  const QString title = labelText( refreshed, QStringLiteral( "title" ) );
  EXPECT_NE( title, oldTitle );
  EXPECT_TRUE( title.contains( QStringLiteral( "2025/26" ) ) ) << title.toStdString();
  auto *keptNote =
      qobject_cast<QgsLayoutItemLabel *>( refreshed->itemById( QStringLiteral( "user-note" ) ) );
  ASSERT_NE( keptNote, nullptr ) << "the user's note on the plugin's sheet is gone";
  EXPECT_EQ( keptNote->text(), QStringLiteral( "Till nämnden 12 maj" ) );
  auto *keptLegend =
      qobject_cast<QgsLayoutItemLegend *>( refreshed->itemById( QStringLiteral( "legend" ) ) );
  ASSERT_NE( keptLegend, nullptr );
  EXPECT_DOUBLE_EQ( keptLegend->positionWithUnits().x(), 11.0 );
  EXPECT_DOUBLE_EQ( keptLegend->positionWithUnits().y(), 13.0 );
  EXPECT_NE(
      QgsProject::instance()->layoutManager()->layoutByName( QStringLiteral( "Min egen karta" ) ),
      nullptr );
  ASSERT_NE( QgsProject::instance()->mapLayersByName( QStringLiteral( "Stadsdelsområden" ) ).size(),
             0 );

  // The map shows the new year's figures, 10 points lower.
  auto *map = qobject_cast<QgsLayoutItemMap *>( refreshed->itemById( QStringLiteral( "map" ) ) );
  ASSERT_NE( map, nullptr );
  ASSERT_FALSE( map->layers().isEmpty() );
  auto *schools = qobject_cast<QgsVectorLayer *>( map->layers().first() );
  ASSERT_NE( schools, nullptr );
  dpkExpectChangedMerit( schools, -10.0 );
}

TEST_F( DpkRunPanelOnStockholm, OffersToOpenTheSheetsMadeInTheLayoutDesigner )
{
  ASSERT_FALSE( HasFatalFailure() );
  DesignerHost host;
  mPanel->setPluginHost( &host );
  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();
  ASSERT_EQ( mPanel->makeSheets().size(), 3 );

  ASSERT_NE( mMessageBar.currentItem(), nullptr );
  auto *open = mMessageBar.currentItem()->findChild<QToolButton *>(
      QStringLiteral( "DataPaKartaOpenDesigner" ) );
  ASSERT_NE( open, nullptr ) << "the message about the sheets offers no designer";
  ASSERT_NE( open->menu(), nullptr );
  EXPECT_EQ( open->menu()->actions().size(), 3 );
  EXPECT_TRUE( host.mOpened.isEmpty() );
  open->click();
  ASSERT_EQ( host.mOpened.size(), 1 );
  EXPECT_EQ( host.mOpened.first()->name(), open->menu()->actions().first()->text() );
  open->menu()->actions().last()->trigger();
  ASSERT_EQ( host.mOpened.size(), 2 );
  EXPECT_EQ( host.mOpened.last()->name(), open->menu()->actions().last()->text() );
  EXPECT_NE( host.mOpened.first(), host.mOpened.last() );
}

TEST_F( DpkRunPanelOnStockholm, ExportsEachSheetToAPdfAndAPng )
{
  ASSERT_FALSE( HasFatalFailure() );
  QPushButton *exportButton = field<QPushButton>( mPanel.get(), "DataPaKartaExportSheets" );
  EXPECT_FALSE( exportButton->isEnabled() ) << "there are no sheets to export yet";
  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();
  ASSERT_EQ( mPanel->makeSheets().size(), 3 );
  EXPECT_TRUE( exportButton->isEnabled() );

  QList<double> progress;
  QObject::connect( mPanel.get(), &DpkRunPanel::exportProgressed,
                    [ &progress ]( double percent ) { progress << percent; } );
  const QString folder = mWork.filePath( QStringLiteral( "sheets" ) );
  const DpkResult<QStringList> written = mPanel->exportSheets( folder, true );
  ASSERT_TRUE( written.isOk() ) << written.error().toStdString();
  EXPECT_EQ( written.value().size(), 6 );
  for ( const QString &indicator : mConfig.indicators )
  {
    const QString base = QDir( folder ).filePath( mConfig.outputName + '-' + indicator );
    QFile pdf( base + QStringLiteral( ".pdf" ) );
    ASSERT_TRUE( pdf.open( QIODevice::ReadOnly ) ) << pdf.fileName().toStdString();
    EXPECT_TRUE( pdf.read( 5 ) == "%PDF-" );
    EXPECT_FALSE( QImage( base + QStringLiteral( ".png" ) ).isNull() );
  }
  EXPECT_FALSE( progress.isEmpty() );
  EXPECT_DOUBLE_EQ( progress.last(), 100.0 );
  EXPECT_FALSE( mPanel->isExporting() );
  EXPECT_TRUE( mPanel->summary().contains( folder ) );
}

TEST_F( DpkRunPanelOnStockholm, ACancelledExportLeavesTheEarlierFiles )
{
  ASSERT_FALSE( HasFatalFailure() );
  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();
  ASSERT_EQ( mPanel->makeSheets().size(), 3 );
  const QString folder = mWork.filePath( QStringLiteral( "sheets" ) );
  ASSERT_TRUE( QDir().mkpath( folder ) );
  QStringList paths;
  for ( const QString &indicator : mConfig.indicators )
  {
    paths << QDir( folder ).filePath( mConfig.outputName + '-' + indicator + ".pdf" );
    QFile earlier( paths.last() );
    ASSERT_TRUE( earlier.open( QIODevice::WriteOnly ) );
    earlier.write( "earlier" );
  }

  // Cancel is pressed once the first of the three sheets is written.
  QObject::connect( mPanel.get(), &DpkRunPanel::exportProgressed, mPanel.get(),
                    [ this ]( double percent )
                    {
                      if ( percent > 30.0 )
                        field<QPushButton>( mPanel.get(), "DataPaKartaCancel" )->click();
                    } );
  const DpkResult<QStringList> written = mPanel->exportSheets( folder, false );
  ASSERT_FALSE( written.isOk() );
  EXPECT_TRUE( written.error().contains( QStringLiteral( "cancelled" ) ) )
      << written.error().toStdString();
  int earlierKept = 0;
  for ( const QString &path : paths )
  {
    QFile file( path );
    ASSERT_TRUE( file.open( QIODevice::ReadOnly ) ) << path.toStdString();
    earlierKept += file.readAll() == "earlier" ? 1 : 0;
  }
  EXPECT_EQ( earlierKept, 2 );
  EXPECT_TRUE(
      QDir( folder ).entryList( { QStringLiteral( "*partial*" ) }, QDir::Files ).isEmpty() );
  EXPECT_FALSE( mPanel->isExporting() );
  EXPECT_TRUE( field<QPushButton>( mPanel.get(), "DataPaKartaMakeMap" )->isEnabled() );
}

TEST_F( DpkRunPanelOnStockholm, AnUpdateWhoseSheetCannotBeRefreshedChangesNothing )
{
  ASSERT_FALSE( HasFatalFailure() );
  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();
  ASSERT_EQ( mPanel->makeSheets().size(), 3 );
  QgsPrintLayout *sheet = pluginSheet( QStringLiteral( "meritvarde" ) );
  ASSERT_NE( sheet, nullptr );
  sheet->removeLayoutItem( sheet->itemById( QStringLiteral( "map" ) ) );
  const QStringList layers = pluginLayerIds();
  const QString geopackage = mPanel->form()->outputPath();
  const QByteArray earlier = dpkChecksum( geopackage );

  EXPECT_FALSE( mPanel->updateMap() );
  EXPECT_FALSE( mPanel->isRunning() ) << "the build started although a sheet cannot take it";
  EXPECT_EQ( pluginLayerIds(), layers );
  EXPECT_EQ( dpkChecksum( geopackage ), earlier );
  EXPECT_TRUE(
      field<QLabel>( mPanel.get(), "DataPaKartaRunStatus" )->text().contains( sheet->name() ) )
      << field<QLabel>( mPanel.get(), "DataPaKartaRunStatus" )->text().toStdString();
}

TEST_F( DpkRunPanelOnStockholm, ExportsTwoSheetsOfOneIndicatorToTwoFiles )
{
  ASSERT_FALSE( HasFatalFailure() );
  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();
  ASSERT_EQ( mPanel->makeSheets().size(), 3 );

  // The user duplicated the merit rating's sheet in the designer: the copy keeps its properties.
  QgsPrintLayout *sheet = pluginSheet( QStringLiteral( "meritvarde" ) );
  ASSERT_NE( sheet, nullptr );
  QgsPrintLayout *copy = sheet->clone();
  copy->setName( QStringLiteral( "Meritvärde till nämnden" ) );
  ASSERT_TRUE( QgsProject::instance()->layoutManager()->addLayout( copy ) );
  ASSERT_EQ( copy->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString(),
             QStringLiteral( "meritvarde" ) );

  const QString folder = mWork.filePath( QStringLiteral( "sheets" ) );
  const DpkResult<QStringList> written = mPanel->exportSheets( folder, false );
  ASSERT_TRUE( written.isOk() ) << written.error().toStdString();
  EXPECT_EQ( written.value().size(), 4 );
  EXPECT_EQ( QStringList( written.value() ).removeDuplicates(), 0 )
      << written.value().join( ' ' ).toStdString();
  EXPECT_EQ( QDir( folder ).entryList( { QStringLiteral( "*.pdf" ) }, QDir::Files ).size(), 4 );
  const QString copyFile = QDir( folder ).filePath(
      mConfig.outputName + QStringLiteral( "-meritvarde-Meritvärde-till-nämnden.pdf" ) );
  EXPECT_TRUE( written.value().contains( copyFile ) ) << written.value().join( ' ' ).toStdString();
}

TEST_F( DpkRunPanelOnStockholm, TheDemoNeverGoesIntoAProjectThatHoldsARun )
{
  ASSERT_FALSE( HasFatalFailure() );
  ASSERT_TRUE( runWith( "DataPaKartaMakeMap" ) ) << mPanel->summary().toStdString();
  const QStringList layers = pluginLayerIds();
  const QByteArray storedRun =
      QgsProject::instance()
          ->readEntry( QStringLiteral( "datapakarta" ), QStringLiteral( "/run" ) )
          .toUtf8();
  const QString demo = mWork.filePath( QStringLiteral( "demo" ) );

  // Without a QGIS window to start a new project in, the demo is refused.
  EXPECT_FALSE( mPanel->tryDemo( demo ) );
  EXPECT_FALSE( mPanel->isRunning() );
  // The user cancels QGIS's question whether to save the project.
  DesignerHost host;
  host.mAcceptNewProject = false;
  mPanel->setPluginHost( &host );
  EXPECT_FALSE( mPanel->tryDemo( demo ) );
  EXPECT_EQ( host.mNewProjects, 1 );
  EXPECT_FALSE( mPanel->isRunning() );
  EXPECT_EQ( pluginLayerIds(), layers );
  EXPECT_EQ( QgsProject::instance()
                 ->readEntry( QStringLiteral( "datapakarta" ), QStringLiteral( "/run" ) )
                 .toUtf8(),
             storedRun );

  // Accepted, the demo goes into a new project; a second try uses the demo data already written.
  host.mAcceptNewProject = true;
  QList<bool> outcomes;
  QObject::connect( mPanel.get(), &DpkRunPanel::runFinished,
                    [ &outcomes ]( bool success ) { outcomes << success; } );
  ASSERT_TRUE( mPanel->tryDemo( demo ) );
  EXPECT_EQ( host.mNewProjects, 2 );
  if ( outcomes.isEmpty() )
  {
    ASSERT_TRUE( dpkWaitForSignal( mPanel.get(), &DpkRunPanel::runFinished, RUN_TIMEOUT_MS ) );
  }
  ASSERT_EQ( outcomes, QList<bool>{ true } ) << mPanel->summary().toStdString();
  for ( const QString &id : layers )
    EXPECT_EQ( QgsProject::instance()->mapLayer( id ), nullptr );
  const QString areas =
      QDir( demo ).filePath( QStringLiteral( "data/" ) + DpkDemoData::AREAS_FILE );
  const QByteArray areasBefore = dpkChecksum( areas );
  ASSERT_TRUE( mPanel->tryDemo( demo ) );
  EXPECT_EQ( host.mNewProjects, 3 );
  if ( outcomes.size() < 2 )
  {
    ASSERT_TRUE( dpkWaitForSignal( mPanel.get(), &DpkRunPanel::runFinished, RUN_TIMEOUT_MS ) );
  }
  EXPECT_EQ( outcomes, ( QList<bool>{ true, true } ) ) << mPanel->summary().toStdString();
  EXPECT_EQ( dpkChecksum( areas ), areasBefore );
  mPanel->setPluginHost( nullptr );
  QgsProject::instance()->clear();
}

TEST( DpkRunPanel, TriesTheDemoWithItsSheetsAndAtlases )
{
  QgsProject::instance()->clear();
  QTemporaryDir work;
  DpkRunPanel panel;
  QgsMessageBar bar;
  panel.setMessageBar( &bar );
  DpkResult<DpkIndicatorCatalogue> catalogue = DpkIndicatorCatalogue::fromFile(
      QStringLiteral( DPK_SOURCE_DIR "/resources/indicators/standard-indicators.json" ) );
  ASSERT_TRUE( catalogue.isOk() ) << catalogue.error().toStdString();
  panel.setCatalogue( catalogue.value() );

  QList<bool> outcomes;
  QObject::connect( &panel, &DpkRunPanel::runFinished,
                    [ &outcomes ]( bool success ) { outcomes << success; } );
  ASSERT_TRUE( panel.tryDemo( work.path() ) );
  if ( outcomes.isEmpty() )
  {
    ASSERT_TRUE( dpkWaitForSignal( &panel, &DpkRunPanel::runFinished, RUN_TIMEOUT_MS ) );
  }
  ASSERT_EQ( outcomes, QList<bool>{ true } ) << panel.summary().toStdString();

  // The form shows the demo's run, and the project holds its map and its sheets.
  EXPECT_EQ( panel.findChild<QLineEdit *>( QStringLiteral( "DataPaKartaMunicipality" ) )->text(),
             DpkDemoData::MUNICIPALITY );
  EXPECT_NE( panel.form()->areaLayer(), nullptr );
  EXPECT_TRUE( QFile::exists(
      QDir( work.path() ).filePath( DpkDemoData::OUTPUT_NAME + QStringLiteral( ".gpkg" ) ) ) );
  EXPECT_EQ( pluginLayerIds().size(), 7 );
  const QList<QgsPrintLayout *> layouts = QgsProject::instance()->layoutManager()->printLayouts();
  int atlases = 0;
  for ( QgsPrintLayout *layout : layouts )
    atlases += layout->atlas()->enabled() ? 1 : 0;
  EXPECT_EQ( layouts.size(), 6 );
  EXPECT_EQ( atlases, 3 );
  EXPECT_TRUE( panel.summary().contains( QStringLiteral( "Demoköping" ) ) )
      << panel.summary().toStdString();
  QgsProject::instance()->clear();
}
