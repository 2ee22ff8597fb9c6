#include "dpkcataloguesettings.h"

#include "dpkorganisationcatalogue.h"

#include <qgssettings.h>

QString DpkCatalogueSettings::settingsKey()
{
  return DpkOrganisationCatalogue::settingsKey();
}

QString DpkCatalogueSettings::organisationCataloguePath()
{
  return DpkOrganisationCatalogue::path();
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
  return DpkOrganisationCatalogue::load();
}
