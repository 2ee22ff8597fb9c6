#include "dpkqgisplugin.h"

#include "dpkmetadata.h"
#include "dpkplugin.h"

#include <qgsapplication.h>

DpkQgisPlugin::DpkQgisPlugin( QgisInterface *iface )
  : QgisPlugin( QStringLiteral( DPK_PLUGIN_NAME ), QStringLiteral( DPK_PLUGIN_DESCRIPTION ),
                QStringLiteral( DPK_PLUGIN_CATEGORY ), QStringLiteral( DPK_PLUGIN_VERSION ),
                QgisPlugin::UI )
  , mHost( iface )
  , mPlugin( std::make_unique<DpkPlugin>( &mHost ) )
{
}

DpkQgisPlugin::~DpkQgisPlugin() = default;

void DpkQgisPlugin::initGui()
{
  mPlugin->initGui( QgsApplication::locale() );
}

void DpkQgisPlugin::unload()
{
  mPlugin->unload();
}
