#include "dpkorganisationcatalogue.h"

#include <qgssettings.h>

QString DpkOrganisationCatalogue::settingsKey()
{
  return QStringLiteral( "datapakarta/catalogue" );
}

QString DpkOrganisationCatalogue::path()
{
  return QgsSettings().value( settingsKey() ).toString();
}

DpkResult<DpkIndicatorCatalogue> DpkOrganisationCatalogue::load()
{
  return DpkIndicatorCatalogue::builtInWith( path() );
}
