#include "dpkguitestsupport.h"
#include "dpklayoutbuilder.h"
#include "dpkprojectupdater.h"
#include "dpkqgiscompat.h"
#include "dpkrunform.h"
#include "dpkrunpanel.h"
#include "dpkstockholmform.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgslayoutatlas.h>
#include <qgslayoutmanager.h>
#include <qgsmessagebar.h>
#include <qgsmessagebaritem.h>
#include <qgsmessagelog.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

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
      summary.contains( QStringLiteral( "147 of the municipality's 149 schools placed" ) ) )
      << summary.toStdString();
  EXPECT_TRUE( summary.contains( QStringLiteral( "Schools not placed: 3" ) ) )
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
  EXPECT_TRUE( summary.contains( QStringLiteral( "Schools not placed: 3" ) ) )
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
