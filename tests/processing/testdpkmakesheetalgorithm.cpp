#include "dpkpdfpages.h"
#include "dpkprocessingtestsupport.h"

class DpkMakeSheetAlgorithmOnStockholm : public DpkProcessingFixture
{
protected:
  void SetUp() override
  {
    DpkProcessingFixture::SetUp();
    mSchools = placeStockholm( readStockholm( { QStringLiteral( "meritvarde" ) } ) );
    mAreas = runOk( QStringLiteral( "datapakarta:aggregatetoareas" ),
                    { { QStringLiteral( "INPUT" ), mSchools },
                      { QStringLiteral( "AREAS" ), dpkDistrictAreasPath() },
                      { QStringLiteral( "CODE_FIELD" ), QStringLiteral( "Sdn_omarde" ) },
                      { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } } )
                 .value( QStringLiteral( "OUTPUT" ) )
                 .toString();
    for ( const QString &styled : { mSchools, mAreas } )
      runOk( QStringLiteral( "datapakarta:styleresults" ),
             { { QStringLiteral( "INPUT" ), styled },
               { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) } } );
  }

  QString mSchools;
  QString mAreas;
};

TEST_F( DpkMakeSheetAlgorithmOnStockholm, WritesAOnePageSheet )
{
  const QString pdf = mWork.filePath( QStringLiteral( "meritvarde.pdf" ) );
  const QVariantMap outputs =
      runOk( QStringLiteral( "datapakarta:makesheet" ),
             { { QStringLiteral( "SCHOOLS" ), mSchools },
               { QStringLiteral( "AREAS" ), mAreas },
               { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) },
               { QStringLiteral( "OUTPUT" ), pdf } } );
  EXPECT_EQ( outputs.value( QStringLiteral( "OUTPUT" ) ).toString(), pdf );
  EXPECT_EQ( dpkPdfPages( pdf ), 1 );
  // The layers do not say when the data were retrieved, so the sheet does not claim a date.
  const QString text = dpkPdfText( pdf );
  EXPECT_TRUE( text.contains( QStringLiteral( "Source: Skolverket, school year 2024/25" ) ) )
      << text.toStdString();
  EXPECT_FALSE( text.contains( QStringLiteral( "retrieved" ) ) ) << text.toStdString();
}

TEST_F( DpkMakeSheetAlgorithmOnStockholm, NamesTheSourceGiven )
{
  const QString pdf = mWork.filePath( QStringLiteral( "meritvarde.pdf" ) );
  runOk( QStringLiteral( "datapakarta:makesheet" ),
         { { QStringLiteral( "SCHOOLS" ), mSchools },
           { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) },
           { QStringLiteral( "SOURCE" ), QStringLiteral( "Skolverket och Stockholms stad" ) },
           { QStringLiteral( "OUTPUT" ), pdf } } );
  const QString text = dpkPdfText( pdf );
  EXPECT_TRUE( text.contains(
      QStringLiteral( "Source: Skolverket och Stockholms stad, school year 2024/25" ) ) )
      << text.toStdString();
}

TEST_F( DpkMakeSheetAlgorithmOnStockholm, WritesAnAtlasPagePerArea )
{
  const QString pdf = mWork.filePath( QStringLiteral( "meritvarde-atlas.pdf" ) );
  const QVariantMap outputs =
      runOk( QStringLiteral( "datapakarta:makesheet" ),
             { { QStringLiteral( "SCHOOLS" ), mSchools },
               { QStringLiteral( "AREAS" ), mAreas },
               { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) },
               { QStringLiteral( "TEMPLATE" ), QStringLiteral( "a3-portrait" ) },
               { QStringLiteral( "ATLAS" ), true },
               { QStringLiteral( "OUTPUT" ), pdf } } );
  EXPECT_EQ( dpkPdfPages( pdf ), layer( mAreas )->featureCount() );
  EXPECT_EQ( outputs.value( QStringLiteral( "PAGE_COUNT" ) ).toInt(), 13 );
}

TEST_F( DpkMakeSheetAlgorithmOnStockholm, RefusesAnAtlasWithoutAreas )
{
  const QString pdf = mWork.filePath( QStringLiteral( "no-areas.pdf" ) );
  bool ok = true;
  run( QStringLiteral( "datapakarta:makesheet" ),
       { { QStringLiteral( "SCHOOLS" ), mSchools },
         { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) },
         { QStringLiteral( "ATLAS" ), true },
         { QStringLiteral( "OUTPUT" ), pdf } },
       ok );
  EXPECT_FALSE( ok );
  EXPECT_FALSE( QFile::exists( pdf ) );
}

TEST_F( DpkMakeSheetAlgorithmOnStockholm, WritesNoPdfWhenCancelled )
{
  mFeedback.cancel();
  const QString pdf = mWork.filePath( QStringLiteral( "cancelled.pdf" ) );
  bool ok = true;
  const QVariantMap outputs =
      run( QStringLiteral( "datapakarta:makesheet" ),
           { { QStringLiteral( "SCHOOLS" ), mSchools },
             { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) },
             { QStringLiteral( "OUTPUT" ), pdf } },
           ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( outputs.isEmpty() );
  EXPECT_FALSE( QFile::exists( pdf ) );
}

TEST_F( DpkMakeSheetAlgorithmOnStockholm, RefusesANumberBesideAStatusThatHidesIt )
{
  QgsVectorLayer *schools = layer( mSchools );
  ASSERT_NE( schools, nullptr );
  // A school whose meritvärde may not be shown gets a number by hand beside its status.
  QgsFeatureId edited = FID_NULL;
  QString status;
  QgsFeatureIterator it = schools->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) && edited == FID_NULL )
  {
    status = feature.attribute( QStringLiteral( "meritvarde_status" ) ).toString();
    if ( status != QLatin1String( "exists" ) && status != QLatin1String( "approximate" ) )
      edited = feature.id();
  }
  ASSERT_NE( edited, FID_NULL ) << "the case needs a school without a shown meritvärde";
  ASSERT_TRUE( dpkEditByHand( schools, edited, QStringLiteral( "meritvarde" ), 250.0 ) );

  const QString pdf = mWork.filePath( QStringLiteral( "edited.pdf" ) );
  bool ok = true;
  run( QStringLiteral( "datapakarta:makesheet" ),
       { { QStringLiteral( "SCHOOLS" ), mSchools },
         { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) },
         { QStringLiteral( "OUTPUT" ), pdf } },
       ok );
  EXPECT_FALSE( ok );
  EXPECT_FALSE( QFile::exists( pdf ) );
  const QString log = mFeedback.textLog();
  EXPECT_TRUE( log.contains( QStringLiteral( "%1, feature %2, field 'meritvarde'" )
                                 .arg( schools->name() )
                                 .arg( edited ) ) )
      << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "'%1'" ).arg( status ) ) ) << log.toStdString();
}

TEST_F( DpkMakeSheetAlgorithmOnStockholm, RefusesAnAreaFigureOnFewerPupilsThanTheMinimumGroup )
{
  QgsVectorLayer *areas = layer( mAreas );
  ASSERT_NE( areas, nullptr );
  const std::optional<QgsFeatureId> edited =
      dpkFirstWithNumber( areas, QStringLiteral( "meritvarde" ) );
  ASSERT_TRUE( edited.has_value() );
  // As if the area layer had been made under a minimum group below the catalogue's 10.
  ASSERT_TRUE( dpkEditByHand( areas, *edited, QStringLiteral( "meritvarde_pupils" ), 7 ) );

  const QString pdf = mWork.filePath( QStringLiteral( "edited-areas.pdf" ) );
  bool ok = true;
  run( QStringLiteral( "datapakarta:makesheet" ),
       { { QStringLiteral( "SCHOOLS" ), mSchools },
         { QStringLiteral( "AREAS" ), mAreas },
         { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) },
         { QStringLiteral( "OUTPUT" ), pdf } },
       ok );
  EXPECT_FALSE( ok );
  EXPECT_FALSE( QFile::exists( pdf ) );
  const QString log = mFeedback.textLog();
  EXPECT_TRUE( log.contains(
      QStringLiteral( "%1, feature %2, field 'meritvarde'" ).arg( areas->name() ).arg( *edited ) ) )
      << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "'meritvarde_pupils'" ) ) ) << log.toStdString();
}
