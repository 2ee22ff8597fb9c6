#include "dpkprocessingalgorithm.h"

#include "dpklanguage.h"
#include "dpklayertable.h"

#include <qgsfeaturesink.h>
#include <qgsprocessingfeedback.h>

#include <algorithm>
#include <memory>

DpkProcessingAlgorithm::DpkProcessingAlgorithm( const DpkIndicatorCatalogue &offered,
                                                const DpkOrganisationCatalogue::Loader &loader )
  : mCatalogue( offered )
  , mLoader( loader )
{
}

QString DpkProcessingAlgorithm::group() const
{
  return tr( "School results" );
}

QString DpkProcessingAlgorithm::groupId() const
{
  return QStringLiteral( "schoolresults" );
}

bool DpkProcessingAlgorithm::prepareAlgorithm( const QVariantMap &, QgsProcessingContext &,
                                               QgsProcessingFeedback * )
{
  DpkResult<DpkIndicatorCatalogue> current = mLoader();
  if ( !current.isOk() )
    throw QgsProcessingException(
        tr( "The indicator catalogue cannot be loaded, so its minimum groups are unknown and "
            "nothing was run: %1" )
            .arg( current.error() ) );
  mCatalogue = current.takeValue();
  return true;
}

QVariantMap DpkProcessingAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                      QgsProcessingContext &context,
                                                      QgsProcessingFeedback *feedback )
{
  QgsProcessingFeedback silent;
  return runStep( parameters, context, feedback ? *feedback : silent );
}

QString DpkProcessingAlgorithm::shownFiguresHelp()
{
  return tr( "The privacy rule is applied again to the layers given: a layer with a number beside "
             "a status other than 'exists' or 'approximate', or resting on fewer pupils than the "
             "indicator's minimum group, is refused, naming the feature." );
}

bool DpkProcessingAlgorithm::containsIndicator( const QList<DpkIndicator> &indicators,
                                                const QString &id )
{
  return std::any_of( indicators.cbegin(), indicators.cend(),
                      [ &id ]( const DpkIndicator &indicator ) { return indicator.id == id; } );
}

QStringList DpkProcessingAlgorithm::indicatorIds() const
{
  QStringList ids;
  for ( const DpkIndicator &indicator : mCatalogue.indicators() )
    ids << indicator.id;
  return ids;
}

QString DpkProcessingAlgorithm::indicatorList() const
{
  const QString language = DpkLanguage::current();
  QStringList lines;
  for ( const DpkIndicator &indicator : mCatalogue.indicators() )
    lines << QStringLiteral( "%1: %2" ).arg( indicator.id, indicator.name( language ) );
  return lines.join( QLatin1Char( '\n' ) );
}

QList<DpkIndicator> DpkProcessingAlgorithm::chosenIndicators( const QVariantMap &parameters,
                                                              const QString &name,
                                                              QgsProcessingContext &context ) const
{
  QList<DpkIndicator> indicators;
  for ( const QString &id : parameterAsEnumStrings( parameters, name, context ) )
  {
    // An optional parameter left empty comes back as one empty string.
    if ( id.isEmpty() )
      continue;
    const DpkIndicator *indicator = mCatalogue.indicator( id );
    if ( !indicator )
      throw QgsProcessingException(
          tr( "%1: unknown indicator '%2'; expected one of %3" )
              .arg( name, id, indicatorIds().join( QStringLiteral( ", " ) ) ) );
    indicators.append( *indicator );
  }
  return indicators;
}

void DpkProcessingAlgorithm::throwIfCanceled( const QgsFeedback &feedback )
{
  if ( feedback.isCanceled() )
    throw QgsProcessingException( tr( "cancelled: no output was written" ) );
}

QString DpkProcessingAlgorithm::writeTable( const DpkLayerTable &table,
                                            const QVariantMap &parameters, const QString &name,
                                            QgsProcessingContext &context,
                                            QgsProcessingFeedback &feedback ) const
{
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, name, context, destination,
                                                         table.fields, table.wkbType, table.crs ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, name ) );
  const double count = std::max( 1, static_cast<int>( table.features.size() ) );
  int written = 0;
  for ( QgsFeature feature : table.features )
  {
    throwIfCanceled( feedback );
    if ( !sink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, name ) );
    feedback.setProgress( 100.0 * ++written / count );
  }
  return destination;
}
