#include "dpkcataloguesettings.h"
#include "dpkdockwidget.h"
#include "dpkplugin.h"
#include "dpkpluginhost.h"
#include "dpkprocessingprovider.h"
#include "dpksettingswidget.h"

#include <qgsapplication.h>
#include <qgsmessagebar.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>

#include <QAction>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace
{
// A main window standing in for the QGIS desktop, recording what the plugin put into it.
class MainWindowHost : public DpkPluginHost
{
public:
  QWidget *mainWindow() override { return &mWindow; }
  QgsMessageBar *messageBar() override { return &mMessageBar; }
  void addDockWidget( QgsDockWidget *dock ) override
  {
    mWindow.addDockWidget( Qt::RightDockWidgetArea, dock );
  }
  void removeDockWidget( QgsDockWidget *dock ) override { mWindow.removeDockWidget( dock ); }
  void addAction( QAction *action ) override { mActions.append( action ); }
  void removeAction( QAction *action ) override { mActions.removeAll( action ); }
  void openLayoutDesigner( QgsPrintLayout *layout ) override { mOpened.append( layout ); }
  bool newProject() override
  {
    QgsProject::instance()->clear();
    return true;
  }

  QMainWindow mWindow;
  QgsMessageBar mMessageBar;
  QList<QAction *> mActions;
  QList<QgsPrintLayout *> mOpened;
};
} // namespace

TEST( DpkPlugin, InstallsAPanelAndAnActionThatTogglesIt )
{
  MainWindowHost host;
  DpkPlugin plugin( &host );
  plugin.initGui( QStringLiteral( "en_US" ) );
  host.mWindow.show();

  DpkDockWidget *dock = host.mWindow.findChild<DpkDockWidget *>( DpkDockWidget::OBJECT_NAME );
  ASSERT_NE( dock, nullptr );
  ASSERT_EQ( host.mActions.size(), 2 );
  QAction *action = plugin.toggleAction();
  ASSERT_TRUE( host.mActions.contains( action ) );
  EXPECT_TRUE( dock->isVisible() );
  EXPECT_TRUE( action->isChecked() );

  action->trigger();
  EXPECT_FALSE( dock->isVisible() );
  EXPECT_FALSE( action->isChecked() );
  action->trigger();
  EXPECT_TRUE( dock->isVisible() );
}

TEST( DpkPlugin, RegistersItsAlgorithmsWithProcessing )
{
  MainWindowHost host;
  DpkPlugin plugin( &host );
  plugin.initGui( QStringLiteral( "en_US" ) );

  QgsProcessingProvider *provider =
      QgsApplication::processingRegistry()->providerById( QStringLiteral( "datapakarta" ) );
  ASSERT_NE( provider, nullptr );
  EXPECT_EQ( provider, plugin.processingProvider() );
  EXPECT_EQ( provider->algorithms().size(), 5 );
  EXPECT_NE( QgsApplication::processingRegistry()->algorithmById(
                 QStringLiteral( "datapakarta:aggregatetoareas" ) ),
             nullptr );
}

TEST( DpkPlugin, PanelListsEverySkolverketMark )
{
  MainWindowHost host;
  DpkPlugin plugin( &host );
  plugin.initGui( QStringLiteral( "en_US" ) );

  QStringList marks;
  QTreeWidget *view = plugin.dockWidget()->marksView();
  for ( int i = 0; i < view->topLevelItemCount(); ++i )
    marks << view->topLevelItem( i )->text( 0 );
  for ( const char *mark : { "..", ".", "-", "~100", "*", "cirka N" } )
    EXPECT_TRUE( marks.contains( QString::fromUtf8( mark ) ) ) << mark;
}

TEST( DpkPlugin, UnloadRemovesEverythingItAdded )
{
  MainWindowHost host;
  DpkPlugin plugin( &host );
  plugin.initGui( QStringLiteral( "en_US" ) );
  QPointer<DpkDockWidget> dock = plugin.dockWidget();
  QPointer<QAction> action = plugin.toggleAction();

  plugin.unload();

  EXPECT_TRUE( dock.isNull() );
  EXPECT_TRUE( action.isNull() );
  EXPECT_TRUE( host.mActions.isEmpty() );
  EXPECT_EQ( host.mWindow.findChild<DpkDockWidget *>(), nullptr );
  EXPECT_EQ( QgsApplication::processingRegistry()->providerById( QStringLiteral( "datapakarta" ) ),
             nullptr );
  EXPECT_EQ( QgsApplication::processingRegistry()->algorithmById(
                 QStringLiteral( "datapakarta:readresults" ) ),
             nullptr );
}

TEST( DpkPlugin, CanBeLoadedAgainAfterUnload )
{
  MainWindowHost host;
  DpkPlugin plugin( &host );
  plugin.initGui( QStringLiteral( "en_US" ) );
  plugin.unload();
  plugin.initGui( QStringLiteral( "en_US" ) );

  EXPECT_EQ( host.mWindow.findChildren<DpkDockWidget *>().size(), 1 );
  EXPECT_EQ( host.mActions.size(), 2 );
  EXPECT_NE( QgsApplication::processingRegistry()->providerById( QStringLiteral( "datapakarta" ) ),
             nullptr );
}

TEST( DpkPlugin, ItsSettingsActionOpensTheSettingsWithTheProjectTemplatesInstallation )
{
  MainWindowHost host;
  DpkPlugin plugin( &host );
  plugin.initGui( QStringLiteral( "en_US" ) );
  ASSERT_NE( plugin.settingsAction(), nullptr );
  EXPECT_TRUE( host.mActions.contains( plugin.settingsAction() ) );

  plugin.settingsAction()->trigger();
  auto *dialog = host.mWindow.findChild<QDialog *>( QStringLiteral( "DataPaKartaSettingsDialog" ) );
  ASSERT_NE( dialog, nullptr );
  EXPECT_TRUE( dialog->isVisible() );
  EXPECT_NE( dialog->findChild<DpkSettingsWidget *>(), nullptr );
  EXPECT_NE(
      dialog->findChild<QPushButton *>( QStringLiteral( "DataPaKartaInstallProjectTemplate" ) ),
      nullptr );
  dialog->close();
}

TEST( DpkPlugin, OffersTheIndicatorsOfTheSettingsInProcessingOnceTheSettingsClose )
{
  MainWindowHost host;
  DpkPlugin plugin( &host );
  plugin.initGui( QStringLiteral( "en_US" ) );

  // An organisation's catalogue with an indicator of its own, chosen while QGIS runs.
  const DpkResult<DpkIndicatorCatalogue> builtIn = DpkIndicatorCatalogue::builtIn();
  ASSERT_TRUE( builtIn.isOk() ) << builtIn.error().toStdString();
  QJsonObject root = QJsonDocument::fromJson( builtIn.value().toJson() ).object();
  QJsonObject own = root.value( QStringLiteral( "indicators" ) ).toArray().first().toObject();
  own.insert( QStringLiteral( "id" ), QStringLiteral( "kommunens_egen" ) );
  own.remove( QStringLiteral( "weightIndicator" ) );
  root.insert( QStringLiteral( "id" ), QStringLiteral( "kommunen" ) );
  root.insert( QStringLiteral( "indicators" ), QJsonArray{ own } );
  QTemporaryDir folder;
  const QString path = folder.filePath( QStringLiteral( "kommunen.json" ) );
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( QJsonDocument( root ).toJson() );
  file.close();
  ASSERT_TRUE( DpkIndicatorCatalogue::builtInWith( path ).isOk() );
  DpkCatalogueSettings::setOrganisationCataloguePath( path );

  plugin.settingsAction()->trigger();
  auto *dialog = host.mWindow.findChild<QDialog *>( QStringLiteral( "DataPaKartaSettingsDialog" ) );
  ASSERT_NE( dialog, nullptr );
  dialog->reject();
  DpkCatalogueSettings::setOrganisationCataloguePath( QString() );

  ASSERT_NE( plugin.processingProvider(), nullptr );
  const QgsProcessingAlgorithm *read =
      plugin.processingProvider()->algorithm( QStringLiteral( "readresults" ) );
  ASSERT_NE( read, nullptr );
  const auto *indicators = dynamic_cast<const QgsProcessingParameterEnum *>(
      read->parameterDefinition( QStringLiteral( "INDICATORS" ) ) );
  ASSERT_NE( indicators, nullptr );
  EXPECT_TRUE( indicators->options().contains( QStringLiteral( "kommunens_egen" ) ) )
      << indicators->options().join( QStringLiteral( ", " ) ).toStdString();
}
