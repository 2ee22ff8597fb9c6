#include "dpkprocessingprovider.h"

#include "dpkaggregatetoareasalgorithm.h"
#include "dpkmakesheetalgorithm.h"
#include "dpkplaceschoolsalgorithm.h"
#include "dpkqgiscompat.h"
#include "dpkreadresultsalgorithm.h"
#include "dpkstyleresultsalgorithm.h"

#include <QIcon>

const QString DpkProcessingProvider::PROVIDER_ID = QStringLiteral( "datapakarta" );

DpkProcessingProvider::DpkProcessingProvider( const DpkOrganisationCatalogue::Loader &loader,
                                              QObject *parent )
  : QgsProcessingProvider( parent )
  , mLoader( loader )
{
}

QString DpkProcessingProvider::id() const
{
  return PROVIDER_ID;
}

QString DpkProcessingProvider::name() const
{
  return tr( "Data på karta" );
}

QString DpkProcessingProvider::longName() const
{
  return tr( "Data på karta: school results on maps" );
}

QIcon DpkProcessingProvider::icon() const
{
  return QIcon( svgIconPath() );
}

QString DpkProcessingProvider::svgIconPath() const
{
  return QStringLiteral( ":/datapakarta/icons/datapakarta.svg" );
}

void DpkProcessingProvider::loadAlgorithms()
{
  // A catalogue that cannot be loaded leaves the built-in indicators on offer only: every run
  // loads the catalogue again and refuses to start while it still cannot be loaded.
  DpkResult<DpkIndicatorCatalogue> offered = mLoader();
  if ( !offered.isOk() )
  {
    DpkQgisCompat::logWarning( offered.error() );
    offered = DpkIndicatorCatalogue::builtIn();
  }
  const DpkIndicatorCatalogue catalogue =
      offered.isOk() ? offered.value() : DpkIndicatorCatalogue();
  addAlgorithm( new DpkReadResultsAlgorithm( catalogue, mLoader ) );
  addAlgorithm( new DpkPlaceSchoolsAlgorithm( catalogue, mLoader ) );
  addAlgorithm( new DpkAggregateToAreasAlgorithm( catalogue, mLoader ) );
  addAlgorithm( new DpkStyleResultsAlgorithm( catalogue, mLoader ) );
  addAlgorithm( new DpkMakeSheetAlgorithm( catalogue, mLoader ) );
}
