#include "dpkqgisinterfacehost.h"

#include "dpkmetadata.h"

#include <qgisinterface.h>
#include <qgsdockwidget.h>
#include <qgsprintlayout.h>

#include <QAction>

namespace
{
QString menuName()
{
  return QStringLiteral( DPK_PLUGIN_NAME );
}
} // namespace

DpkQgisInterfaceHost::DpkQgisInterfaceHost( QgisInterface *iface )
  : mIface( iface )
{
}

QWidget *DpkQgisInterfaceHost::mainWindow()
{
  return mIface->mainWindow();
}

QgsMessageBar *DpkQgisInterfaceHost::messageBar()
{
  return mIface->messageBar();
}

void DpkQgisInterfaceHost::addDockWidget( QgsDockWidget *dock )
{
  mIface->addDockWidget( Qt::RightDockWidgetArea, dock );
}

void DpkQgisInterfaceHost::removeDockWidget( QgsDockWidget *dock )
{
  mIface->removeDockWidget( dock );
}

void DpkQgisInterfaceHost::addAction( QAction *action )
{
  mIface->addPluginToMenu( menuName(), action );
  mIface->addToolBarIcon( action );
}

void DpkQgisInterfaceHost::removeAction( QAction *action )
{
  mIface->removePluginMenu( menuName(), action );
  mIface->removeToolBarIcon( action );
}

void DpkQgisInterfaceHost::openLayoutDesigner( QgsPrintLayout *layout )
{
  mIface->openLayoutDesigner( layout );
}

bool DpkQgisInterfaceHost::newProject()
{
  // QGIS asks whether to save a changed project, and returns false when the user cancels.
  return mIface->newProject( true );
}
