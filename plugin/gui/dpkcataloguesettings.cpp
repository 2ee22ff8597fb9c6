#include "dpkcataloguesettings.h"

#include <qgssettings.h>

QString DpkCatalogueSettings::settingsKey()
{
  return QStringLiteral( "datapakarta/catalogue" );
}

QString DpkCatalogueSettings::organisationCataloguePath()
{
  return QgsSettings().value( settingsKey() ).toString();
}

void DpkCatalogueSettings::setOrganisationCataloguePath( const QString &path )
{
  QgsSettings settings;
  if ( path.isEmpty() )
    settings.remove( settingsKey() );
  else
    settings.setValue( settingsKey(), path );
}

DpkResult<DpkIndicatorCatalogue> DpkCatalogueSettings::load()
{
  return DpkIndicatorCatalogue::builtInWith( organisationCataloguePath() );
}
