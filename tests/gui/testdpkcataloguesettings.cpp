#include "dpkcataloguesettings.h"

#include <qgssettings.h>
#include <qgsstyle.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST( DpkCatalogueSettings, ReadsThePathFromThePluginSettings )
{
  QgsSettings().setValue( QStringLiteral( "datapakarta/catalogue" ),
                          QStringLiteral( "/srv/kommunen.json" ) );
  EXPECT_EQ( DpkCatalogueSettings::organisationCataloguePath(),
             QStringLiteral( "/srv/kommunen.json" ) );

  DpkCatalogueSettings::setOrganisationCataloguePath( QString() );
  EXPECT_FALSE( QgsSettings().contains( QStringLiteral( "datapakarta/catalogue" ) ) );
  EXPECT_TRUE( DpkCatalogueSettings::organisationCataloguePath().isEmpty() );
}

TEST( DpkCatalogueSettings, WithoutASettingLoadsTheBuiltInCatalogue )
{
  DpkCatalogueSettings::setOrganisationCataloguePath( QString() );
  const DpkResult<DpkIndicatorCatalogue> catalogue = DpkCatalogueSettings::load();
  ASSERT_TRUE( catalogue.isOk() ) << catalogue.error().toStdString();
  EXPECT_EQ( catalogue.value().indicators().size(), 14 );
  EXPECT_EQ( catalogue.value().sourceNames(), QStringList( DpkIndicatorCatalogue::builtInPath() ) );
}

TEST( DpkCatalogueSettings, AMissingOrganisationFileIsAnErrorNamingIt )
{
  QTemporaryDir folder;
  const QString path = folder.filePath( QStringLiteral( "missing.json" ) );
  DpkCatalogueSettings::setOrganisationCataloguePath( path );
  const DpkResult<DpkIndicatorCatalogue> catalogue = DpkCatalogueSettings::load();
  DpkCatalogueSettings::setOrganisationCataloguePath( QString() );

  ASSERT_FALSE( catalogue.isOk() );
  EXPECT_TRUE( catalogue.error().startsWith( path ) ) << catalogue.error().toStdString();
}

TEST( DpkCatalogueSettings, BuiltInColourRampsExistInTheQgisDefaultStyle )
{
  const QStringList ramps = QgsStyle::defaultStyle()->colorRampNames();
  ASSERT_FALSE( ramps.isEmpty() );
  for ( const DpkIndicator &indicator : DpkIndicatorCatalogue::builtIn().value().indicators() )
  {
    EXPECT_TRUE( ramps.contains( indicator.colorRamp ) )
        << indicator.id.toStdString() << ": " << indicator.colorRamp.toStdString();
  }
}
