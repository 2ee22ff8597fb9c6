#include "dpkplugin.h"

#include "dpkdockwidget.h"
#include "dpkpluginhost.h"
#include "dpkprocessingprovider.h"
#include "dpkrunpanel.h"
#include "dpksettingswidget.h"

#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QIcon>
#include <QVBoxLayout>

DpkPlugin::DpkPlugin( DpkPluginHost *host, QObject *parent )
  : QObject( parent )
  , mHost( host )
{
}

DpkPlugin::~DpkPlugin()
{
  unload();
}

void DpkPlugin::initGui( const QString &locale )
{
  if ( mDock )
    return;

  // The translation must be in place before any widget asks for its texts.
  mLanguage.install( locale );

  mDock = new DpkDockWidget( mHost->mainWindow() );
  mDock->setMessageBar( mHost->messageBar() );
  mDock->setPluginHost( mHost );
  mHost->addDockWidget( mDock );

  mToggleAction = new QAction( QIcon( QStringLiteral( ":/datapakarta/icons/datapakarta.svg" ) ),
                               tr( "Data på karta" ), mHost->mainWindow() );
  mToggleAction->setObjectName( QStringLiteral( "DataPaKartaToggleAction" ) );
  mToggleAction->setToolTip( tr( "Show or hide the Data på karta panel" ) );
  mToggleAction->setCheckable( true );
  mDock->setToggleVisibilityAction( mToggleAction );
  mHost->addAction( mToggleAction );

  mSettingsAction = new QAction( tr( "Data på karta settings…" ), mHost->mainWindow() );
  mSettingsAction->setObjectName( QStringLiteral( "DataPaKartaSettingsAction" ) );
  mSettingsAction->setToolTip(
      tr( "The organisation's catalogue, layout templates and logo, and the project template" ) );
  connect( mSettingsAction, &QAction::triggered, this, &DpkPlugin::showSettings );
  mHost->addAction( mSettingsAction );

  addProcessingProvider();
}

void DpkPlugin::addProcessingProvider()
{
  // The algorithms load the catalogue of the settings, as the panel does, each time they run.
  mProvider = new DpkProcessingProvider();
  // The registry owns the provider from here on, and deletes it when it is removed.
  if ( !QgsApplication::processingRegistry()->addProvider( mProvider ) )
    mProvider = nullptr;
}

void DpkPlugin::unload()
{
  if ( mProvider )
    QgsApplication::processingRegistry()->removeProvider( mProvider );
  if ( mSettingsAction )
  {
    mHost->removeAction( mSettingsAction );
    delete mSettingsAction;
  }
  if ( mToggleAction )
  {
    mHost->removeAction( mToggleAction );
    delete mToggleAction;
  }
  if ( mDock )
  {
    mHost->removeDockWidget( mDock );
    delete mDock;
  }
  mLanguage.remove();
}

void DpkPlugin::showSettings()
{
  auto *dialog = new QDialog( mHost->mainWindow() );
  dialog->setObjectName( QStringLiteral( "DataPaKartaSettingsDialog" ) );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  dialog->setWindowTitle( tr( "Data på karta settings" ) );
  auto *layout = new QVBoxLayout( dialog );
  auto *settings = new DpkSettingsWidget( dialog );
  settings->setMessageBar( mHost->messageBar() );
  layout->addWidget( settings );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Close, dialog );
  connect( buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject );
  layout->addWidget( buttons );
  // A settings window closed again leaves the panel's catalogue, and the indicators the
  // algorithms offer, as the settings say.
  connect( dialog, &QDialog::finished, this,
           [ this ]
           {
             if ( mDock )
             {
               mDock->loadCatalogue();
               mDock->runPanel()->listTemplates();
             }
             if ( mProvider )
               mProvider->refreshAlgorithms();
           } );
  dialog->show();
}
