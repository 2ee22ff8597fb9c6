// The C functions through which QGIS finds, describes, creates and destroys the plugin.
// QGIS reads nothing else from a native plugin: these texts come from metadata.txt.

#include "dpkmetadata.h"
#include "dpkqgisplugin.h"

#include <QString>

#define DPK_EXPORT extern "C" Q_DECL_EXPORT

namespace
{
// The plugin manager asks for these before a translator could be installed, so they are the
// English texts of metadata.txt.
const QString sName = QStringLiteral( DPK_PLUGIN_NAME );
const QString sDescription = QStringLiteral( DPK_PLUGIN_DESCRIPTION );
const QString sCategory = QStringLiteral( DPK_PLUGIN_CATEGORY );
const QString sVersion = QStringLiteral( DPK_PLUGIN_VERSION );
const QString sIcon = QStringLiteral( ":/datapakarta/icons/datapakarta.svg" );
const QString sExperimental = QStringLiteral( DPK_PLUGIN_EXPERIMENTAL );
const QString sCreateDate = QStringLiteral( DPK_PLUGIN_CREATE_DATE );
const QString sUpdateDate = QStringLiteral( DPK_PLUGIN_UPDATE_DATE );
} // namespace

DPK_EXPORT QgisPlugin *classFactory( QgisInterface *iface )
{
  return new DpkQgisPlugin( iface );
}

DPK_EXPORT const QString *name()
{
  return &sName;
}

DPK_EXPORT const QString *description()
{
  return &sDescription;
}

DPK_EXPORT const QString *category()
{
  return &sCategory;
}

DPK_EXPORT const QString *version()
{
  return &sVersion;
}

DPK_EXPORT const QString *icon()
{
  return &sIcon;
}

DPK_EXPORT const QString *experimental()
{
  return &sExperimental;
}

DPK_EXPORT const QString *create_date()
{
  return &sCreateDate;
}

DPK_EXPORT const QString *update_date()
{
  return &sUpdateDate;
}

DPK_EXPORT int type()
{
  return QgisPlugin::UI;
}

DPK_EXPORT void unload( QgisPlugin *plugin )
{
  delete plugin;
}
