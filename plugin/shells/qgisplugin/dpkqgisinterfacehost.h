#ifndef DPKQGISINTERFACEHOST_H
#define DPKQGISINTERFACEHOST_H

#include "dpkpluginhost.h"

class QgisInterface;

/**
 * \brief Puts the plugin's interface into the QGIS desktop through QgisInterface.
 */
class DpkQgisInterfaceHost : public DpkPluginHost
{
public:
  //! Creates a host on the desktop's \a iface.
  explicit DpkQgisInterfaceHost( QgisInterface *iface );

  QWidget *mainWindow() override;
  QgsMessageBar *messageBar() override;
  void addDockWidget( QgsDockWidget *dock ) override;
  void removeDockWidget( QgsDockWidget *dock ) override;
  void addAction( QAction *action ) override;
  void removeAction( QAction *action ) override;
  void openLayoutDesigner( QgsPrintLayout *layout ) override;
  bool newProject() override;

private:
  QgisInterface *mIface = nullptr;
};

#endif // DPKQGISINTERFACEHOST_H
