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
