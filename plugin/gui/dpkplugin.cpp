#include "dpkplugin.h"

#include "dpkdockwidget.h"
#include "dpkpluginhost.h"

#include <QAction>
#include <QIcon>

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
  mHost->addDockWidget( mDock );

  mToggleAction = new QAction( QIcon( QStringLiteral( ":/datapakarta/icons/datapakarta.svg" ) ),
                               tr( "Data på karta" ), mHost->mainWindow() );
  mToggleAction->setObjectName( QStringLiteral( "DataPaKartaToggleAction" ) );
  mToggleAction->setToolTip( tr( "Show or hide the Data på karta panel" ) );
  mToggleAction->setCheckable( true );
  mDock->setToggleVisibilityAction( mToggleAction );
  mHost->addAction( mToggleAction );
}

void DpkPlugin::unload()
{
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
