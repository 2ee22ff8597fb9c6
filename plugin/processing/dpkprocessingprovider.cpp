#include "dpkprocessingprovider.h"

#include "dpkaggregatetoareasalgorithm.h"
#include "dpkmakesheetalgorithm.h"
#include "dpkplaceschoolsalgorithm.h"
#include "dpkreadresultsalgorithm.h"
#include "dpkstyleresultsalgorithm.h"

#include <QIcon>

const QString DpkProcessingProvider::PROVIDER_ID = QStringLiteral( "datapakarta" );

DpkProcessingProvider::DpkProcessingProvider( const DpkIndicatorCatalogue &catalogue,
                                              QObject *parent )
  : QgsProcessingProvider( parent )
  , mCatalogue( catalogue )
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
  addAlgorithm( new DpkReadResultsAlgorithm( mCatalogue ) );
  addAlgorithm( new DpkPlaceSchoolsAlgorithm( mCatalogue ) );
  addAlgorithm( new DpkAggregateToAreasAlgorithm( mCatalogue ) );
  addAlgorithm( new DpkStyleResultsAlgorithm( mCatalogue ) );
  addAlgorithm( new DpkMakeSheetAlgorithm( mCatalogue ) );
}
