#include "dpkpointlocationreader.h"

#include "dpkfeaturelocation.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfeaturesource.h>
#include <qgsfeedback.h>
#include <qgswkbtypes.h>

#include <algorithm>

DpkResult<DpkDataset> DpkPointLocationReader::read( const QgsFeatureSource &source,
                                                    const QString &codeField,
                                                    const QString &sourceName,
                                                    QgsFeedback *feedback )
{
  if ( QgsWkbTypes::geometryType( source.wkbType() ) != QgsWkbTypes::PointGeometry )
  {
    return DpkResult<DpkDataset>::failure(
        tr( "%1: the school layer is not a point layer; expected one point per school" )
            .arg( sourceName ) );
  }
  const int codeIndex = source.fields().lookupField( codeField );
  if ( codeIndex < 0 )
  {
    return DpkResult<DpkDataset>::failure(
        tr( "%1: no field '%2' for the skolenhetskod; the layer has %3" )
            .arg( sourceName, codeField, source.fields().names().join( QStringLiteral( ", " ) ) ) );
  }

  DpkDataset dataset;
  dataset.report.source = sourceName;
  const QString crs = DpkFeatureLocation::crsText( source.sourceCrs() );
  const long long count = std::max( 1LL, static_cast<long long>( source.featureCount() ) );
  long long done = 0;
  QgsFeatureIterator features = source.getFeatures(
      QgsFeatureRequest().setSubsetOfAttributes( QgsAttributeList{ codeIndex } ) );
  QgsFeature feature;
  while ( features.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      return DpkResult<DpkDataset>::failure( tr( "%1: reading was cancelled" ).arg( sourceName ) );
    if ( feedback )
      feedback->setProgress( 100.0 * static_cast<double>( ++done ) / count );
    const QVariant code = feature.attribute( codeIndex );
    DpkSchool school;
    school.code = code.isNull() ? QString() : code.toString().trimmed();
    if ( school.code.isEmpty() )
    {
      // A point that cannot be joined to any school is named, so that it can be mended.
      dataset.report.rejected.append(
          { static_cast<int>( feature.id() ),
            tr( "feature %1: the field '%2' is empty; expected a skolenhetskod" )
                .arg( feature.id() )
                .arg( codeField ) } );
      continue;
    }
    // A school without geometry stays, and is reported as unplaced by the build.
    school.location = DpkFeatureLocation::of( feature, crs );
    dataset.schools.append( school );
    ++dataset.report.rowsRead;
  }
  return DpkResult<DpkDataset>::success( dataset );
}
