#ifndef DPKPROCESSINGTESTSUPPORT_H
#define DPKPROCESSINGTESTSUPPORT_H

#include "dpkprocessingprovider.h"
#include "dpkstockholmfixture.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgssettings.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QTextStream>

#include <memory>
#include <optional>

//! The Skolverket export of the shared real data.
inline QString dpkExportPath()
{
  return QStringLiteral( DPK_REALDATA_DIR "/skolverket-export/Grundskola - Slutbetyg årskurs 9, "
                                          "samtliga elever 2025 Skolenhet.csv" );
}

//! Stockholm's 13 stadsdelsområden of the shared real data.
inline QString dpkDistrictAreasPath()
{
  return QStringLiteral( DPK_REALDATA_DIR "/areas/stockholm-stadsdelsomraden-2020/sdn_2020.shp" );
}

/**
 * \brief One school row of the Skolverket export, read with a plain split of the lines and no
 * code of the project, so that tests can check the algorithms' figures against it.
 */
struct DpkRawExportRow
{
  QString code;
  QString municipalityCode;
  std::optional<double> pupils;
  std::optional<double> meritvarde;
};

//! Returns the school rows of the export of the shared real data (those with an 8-digit code).
inline QList<DpkRawExportRow> dpkRawExportRows()
{
  QList<DpkRawExportRow> rows;
  QFile file( dpkExportPath() );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) )
      << "the shared real data is missing: " << file.fileName().toStdString();
  const auto number = []( QString cell ) -> std::optional<double>
  {
    bool ok = false;
    const double value = cell.remove( QLatin1Char( ' ' ) )
                             .replace( QLatin1Char( ',' ), QLatin1Char( '.' ) )
                             .toDouble( &ok );
    return ok ? std::optional<double>( value ) : std::nullopt;
  };
  const QStringList lines = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ) );
  for ( const QString &line : lines )
  {
    const QStringList cells = line.trimmed().split( QLatin1Char( ';' ) );
    if ( cells.size() != 11 || cells.at( 1 ).size() != 8 || !cells.at( 1 ).toInt() )
      continue;
    rows.append(
        { cells.at( 1 ), cells.at( 3 ), number( cells.at( 7 ) ), number( cells.at( 10 ) ) } );
  }
  return rows;
}

//! Returns the features of \a layer by the text of their field \a field.
inline QHash<QString, QgsFeature> dpkFeaturesBy( QgsVectorLayer *layer, const QString &field )
{
  QHash<QString, QgsFeature> features;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    features.insert( feature.attribute( field ).toString(), feature );
  return features;
}

//! Returns whether the shared real data hold the recorded API answer of the school unit \a code.
inline bool dpkHasRecordedPosition( const QString &code )
{
  return QFile::exists(
      QStringLiteral( DPK_REALDATA_DIR "/skolverket-api-v4/stockholm-0180/school-units/" ) + code +
      QStringLiteral( ".json" ) );
}

/**
 * Sets the field \a field of the feature \a id of \a layer to \a value, as an edit by hand (or a
 * layer made under an older rule) would; returns whether the layer took it.
 */
inline bool dpkEditByHand( QgsVectorLayer *layer, QgsFeatureId id, const QString &field,
                           const QVariant &value )
{
  const int index = layer->fields().lookupField( field );
  return index >= 0 &&
         layer->dataProvider()->changeAttributeValues( { { id, { { index, value } } } } );
}

//! Returns the id of the first feature of \a layer whose field \a field has a number.
inline std::optional<QgsFeatureId> dpkFirstWithNumber( QgsVectorLayer *layer, const QString &field )
{
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( !feature.attribute( field ).isNull() )
      return feature.id();
  }
  return std::nullopt;
}

/**
 * \brief The real Stockholm case for the Processing algorithms: the provider registered in QGIS's
 * Processing registry, a context and a feedback to run algorithms with.
 */
class DpkProcessingFixture : public DpkStockholmFixture
{
protected:
  void SetUp() override
  {
    DpkStockholmFixture::SetUp();
    // The provider loads the catalogue the settings name: none but the built-in one here.
    QgsSettings().remove( DpkOrganisationCatalogue::settingsKey() );
    if ( !QgsApplication::processingRegistry()->providerById( DpkProcessingProvider::PROVIDER_ID ) )
    {
      ASSERT_TRUE(
          QgsApplication::processingRegistry()->addProvider( new DpkProcessingProvider() ) );
    }
  }

  void TearDown() override { QgsSettings().remove( DpkOrganisationCatalogue::settingsKey() ); }

  //! Runs the algorithm \a id on \a parameters; \a ok tells whether it succeeded.
  QVariantMap run( const QString &id, const QVariantMap &parameters, bool &ok )
  {
    const std::unique_ptr<QgsProcessingAlgorithm> algorithm(
        QgsApplication::processingRegistry()->createAlgorithmById( id ) );
    EXPECT_NE( algorithm, nullptr ) << id.toStdString();
    if ( !algorithm )
      return QVariantMap();
    return algorithm->run( parameters, mContext, &mFeedback, &ok );
  }

  //! Runs the algorithm \a id and fails the test unless it succeeds.
  QVariantMap runOk( const QString &id, const QVariantMap &parameters )
  {
    bool ok = false;
    const QVariantMap outputs = run( id, parameters, ok );
    EXPECT_TRUE( ok ) << id.toStdString() << ": " << mFeedback.textLog().toStdString();
    return outputs;
  }

  //! Returns the vector layer of the output \a value (a temporary layer's id or a file).
  QgsVectorLayer *layer( const QVariant &value )
  {
    return qobject_cast<QgsVectorLayer *>(
        QgsProcessingUtils::mapLayerFromString( value.toString(), mContext ) );
  }

  //! Reads the Stockholm results of the export for \a indicators into a temporary layer.
  QString readStockholm( const QStringList &indicators )
  {
    const QVariantMap outputs =
        runOk( QStringLiteral( "datapakarta:readresults" ),
               { { QStringLiteral( "INPUT" ), dpkExportPath() },
                 { QStringLiteral( "MUNICIPALITY" ), QStringLiteral( "0180" ) },
                 { QStringLiteral( "INDICATORS" ), indicators },
                 { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } } );
    return outputs.value( QStringLiteral( "OUTPUT" ) ).toString();
  }

  //! Places the schools of \a results at their positions recorded from the API.
  QString placeStockholm( const QString &results )
  {
    const QVariantMap outputs =
        runOk( QStringLiteral( "datapakarta:placeschools" ),
               { { QStringLiteral( "INPUT" ), results },
                 { QStringLiteral( "API_URL" ), mConfig.schools.baseUrl },
                 { QStringLiteral( "CACHE_FOLDER" ), mConfig.schools.cacheDir },
                 { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } } );
    return outputs.value( QStringLiteral( "OUTPUT" ) ).toString();
  }

  QgsProcessingContext mContext;
  QgsProcessingFeedback mFeedback;
};

#endif // DPKPROCESSINGTESTSUPPORT_H
