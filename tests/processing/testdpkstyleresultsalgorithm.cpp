#include "dpkclassbreaks.h"
#include "dpkprocessingtestsupport.h"

#include <qgsexpressioncontextutils.h>
#include <qgsrendercontext.h>
#include <qgsrulebasedrenderer.h>

using DpkStyleResultsAlgorithmOnStockholm = DpkProcessingFixture;

TEST_F( DpkStyleResultsAlgorithmOnStockholm, GivesEverySchoolExactlyOneClass )
{
  QgsVectorLayer *schools =
      layer( placeStockholm( readStockholm( { QStringLiteral( "meritvarde" ) } ) ) );
  ASSERT_NE( schools, nullptr );
  const QString qml = mWork.filePath( QStringLiteral( "meritvarde.qml" ) );
  const QVariantMap outputs =
      runOk( QStringLiteral( "datapakarta:styleresults" ),
             { { QStringLiteral( "INPUT" ), schools->id() },
               { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) },
               { QStringLiteral( "STYLE_FILE" ), qml } } );
  EXPECT_EQ( outputs.value( QStringLiteral( "OUTPUT" ) ).toString(), schools->id() );

  auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>( schools->renderer() );
  ASSERT_NE( renderer, nullptr ) << "expected the catalogue's rule-based style";
  const int classes = outputs.value( QStringLiteral( "CLASS_COUNT" ) ).toInt();
  EXPECT_EQ( classes, 5 ); // the catalogue fixes five classes of meritvärde
  EXPECT_EQ( renderer->rootRule()->children().size(), classes + 2 );

  // Every school is drawn by one rule: a class when it has a number, else a neutral class.
  QgsRenderContext context;
  context.expressionContext().appendScopes(
      QgsExpressionContextUtils::globalProjectLayerScopes( schools ) );
  renderer->startRender( context, schools->fields() );
  QgsFeatureIterator it = schools->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    context.expressionContext().setFeature( feature );
    QSet<QString> keys = renderer->legendKeysForFeature( feature, context );
    keys.remove( renderer->rootRule()->ruleKey() );
    EXPECT_EQ( keys.size(), 1 )
        << feature.attribute( QStringLiteral( "skolenhetskod" ) ).toString().toStdString();
  }
  renderer->stopRender( context );

  QFile style( qml );
  ASSERT_TRUE( style.open( QIODevice::ReadOnly ) );
  EXPECT_TRUE( style.readAll().contains( "meritvarde" ) );
}

TEST_F( DpkStyleResultsAlgorithmOnStockholm, NamesALayerWithoutTheIndicator )
{
  QgsVectorLayer *schools =
      layer( placeStockholm( readStockholm( { QStringLiteral( "meritvarde" ) } ) ) );
  bool ok = true;
  run( QStringLiteral( "datapakarta:styleresults" ),
       { { QStringLiteral( "INPUT" ), schools->id() },
         { QStringLiteral( "INDICATOR" ), QStringLiteral( "alla_amnen" ) } },
       ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( mFeedback.textLog().contains( QStringLiteral( "'alla_amnen'" ) ) )
      << mFeedback.textLog().toStdString();
}

TEST_F( DpkStyleResultsAlgorithmOnStockholm, LeavesTheLayerAsItWasWhenCancelled )
{
  QgsVectorLayer *schools =
      layer( placeStockholm( readStockholm( { QStringLiteral( "meritvarde" ) } ) ) );
  const QString before = schools->renderer()->type();
  mFeedback.cancel();
  bool ok = true;
  run( QStringLiteral( "datapakarta:styleresults" ),
       { { QStringLiteral( "INPUT" ), schools->id() },
         { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) } },
       ok );
  EXPECT_FALSE( ok );
  EXPECT_EQ( schools->renderer()->type(), before );
}

TEST_F( DpkStyleResultsAlgorithmOnStockholm, RefusesASchoolFigureOnFewerPupilsThanTheMinimumGroup )
{
  QgsVectorLayer *schools =
      layer( placeStockholm( readStockholm( { QStringLiteral( "meritvarde" ) } ) ) );
  ASSERT_NE( schools, nullptr );
  const std::optional<QgsFeatureId> edited =
      dpkFirstWithNumber( schools, QStringLiteral( "meritvarde" ) );
  ASSERT_TRUE( edited.has_value() );
  // The meritvärde stays, but the pupils behind it are now fewer than the minimum group of 10.
  ASSERT_TRUE( dpkEditByHand( schools, *edited, QStringLiteral( "elever_ak9" ), 5 ) );
  const QString before = schools->renderer()->type();

  bool ok = true;
  run( QStringLiteral( "datapakarta:styleresults" ),
       { { QStringLiteral( "INPUT" ), schools->id() },
         { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) } },
       ok );
  EXPECT_FALSE( ok );
  EXPECT_EQ( schools->renderer()->type(), before );
  const QString log = mFeedback.textLog();
  EXPECT_TRUE( log.contains( QStringLiteral( "%1, feature %2, field 'meritvarde'" )
                                 .arg( schools->name() )
                                 .arg( *edited ) ) )
      << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "'elever_ak9'" ) ) ) << log.toStdString();
}

TEST_F( DpkStyleResultsAlgorithmOnStockholm, LeavesTheLayerAsItWasWhenTheStyleCannotBeWritten )
{
  QgsVectorLayer *schools =
      layer( placeStockholm( readStockholm( { QStringLiteral( "meritvarde" ) } ) ) );
  ASSERT_NE( schools, nullptr );
  const QString before = schools->renderer()->type();
  // A file stands where the style file's folder would be.
  const QString blocker = mWork.filePath( QStringLiteral( "blocker" ) );
  QFile file( blocker );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.close();

  bool ok = true;
  run( QStringLiteral( "datapakarta:styleresults" ),
       { { QStringLiteral( "INPUT" ), schools->id() },
         { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) },
         { QStringLiteral( "STYLE_FILE" ), blocker + QStringLiteral( "/meritvarde.qml" ) } },
       ok );
  EXPECT_FALSE( ok );
  EXPECT_EQ( schools->renderer()->type(), before );
  EXPECT_TRUE( mFeedback.textLog().contains( QStringLiteral( "meritvarde.qml" ) ) )
      << mFeedback.textLog().toStdString();
}

TEST_F( DpkStyleResultsAlgorithmOnStockholm, ReachesFullProgressWhenSomeSchoolsHaveNoNumber )
{
  QgsVectorLayer *schools =
      layer( placeStockholm( readStockholm( { QStringLiteral( "meritvarde" ) } ) ) );
  ASSERT_NE( schools, nullptr );
  int withoutNumber = 0;
  QgsFeatureIterator it = schools->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    withoutNumber += feature.attribute( QStringLiteral( "meritvarde" ) ).isNull() ? 1 : 0;
  ASSERT_GT( withoutNumber, 0 ) << "the case needs schools without a number";

  const std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral( "datapakarta:styleresults" ) ) );
  ASSERT_NE( algorithm, nullptr );
  QgsProcessingFeedback feedback;
  bool ok = false;
  algorithm->run( { { QStringLiteral( "INPUT" ), schools->id() },
                    { QStringLiteral( "INDICATOR" ), QStringLiteral( "meritvarde" ) } },
                  mContext, &feedback, &ok );
  ASSERT_TRUE( ok ) << feedback.textLog().toStdString();
  EXPECT_DOUBLE_EQ( feedback.progress(), 100.0 );
}
