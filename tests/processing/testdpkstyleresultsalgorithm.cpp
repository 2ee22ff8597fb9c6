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
