#ifndef DPKQGISPLUGIN_H
#define DPKQGISPLUGIN_H

#include "dpkqgisinterfacehost.h"

#include <qgisplugin.h>

#include <memory>

class DpkPlugin;

/**
 * \brief The object QGIS creates through classFactory(): hands the desktop to DpkPlugin.
 */
class DpkQgisPlugin : public QgisPlugin
{
public:
  //! Creates the plugin for the desktop's \a iface.
  explicit DpkQgisPlugin( QgisInterface *iface );
  ~DpkQgisPlugin() override;

  void initGui() override;
  void unload() override;

private:
  DpkQgisInterfaceHost mHost;
  std::unique_ptr<DpkPlugin> mPlugin;
};

#endif // DPKQGISPLUGIN_H
