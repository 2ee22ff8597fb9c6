#ifndef DPKSTOCKHOLMFORM_H
#define DPKSTOCKHOLMFORM_H

#include "dpkguitestsupport.h"
#include "dpkrunform.h"
#include "dpkstockholmfixture.h"

#include <qgsfieldcombobox.h>
#include <qgsfilewidget.h>
#include <qgsmaplayercombobox.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>

/**
 * \brief The real Stockholm case entered into the panel's form the way a user does it: field by
 * field, found by their object names, with the area layer loaded into the current project.
 */
class DpkStockholmFormFixture : public DpkStockholmFixture
{
protected:
  void SetUp() override
  {
    DpkStockholmFixture::SetUp();
    if ( HasFatalFailure() )
      return;
    QgsProject::instance()->clear();
    mAreaLayer = new QgsVectorLayer( mConfig.areas.path, QStringLiteral( "Stadsdelsområden" ),
                                     QStringLiteral( "ogr" ) );
    ASSERT_TRUE( mAreaLayer->isValid() ) << mConfig.areas.path.toStdString();
    QgsProject::instance()->addMapLayer( mAreaLayer );
  }

  void TearDown() override { QgsProject::instance()->clear(); }

  template <typename T>
  static T *field( QWidget *root, const char *name )
  {
    T *widget = root->findChild<T *>( QString::fromLatin1( name ) );
    EXPECT_NE( widget, nullptr ) << name;
    return widget;
  }

  //! Fills \a form with the fixture's run; a field that cannot be found or set fails the test.
  void fillForm( DpkRunForm *form )
  {
    auto *type = field<QComboBox>( form, "DataPaKartaResultsType" );
    type->setCurrentIndex( type->findData( QStringLiteral( "skolverket-export" ) ) );
    field<QgsFileWidget>( form, "DataPaKartaResultsFile" )->setFilePath( mConfig.results.path );
    ASSERT_TRUE( dpkWaitForSignal( form, &DpkRunForm::periodsRead, 30000 ) )
        << "the school years of the export were not read";
    field<QLineEdit>( form, "DataPaKartaSchoolsUrl" )->setText( mConfig.schools.baseUrl );
    field<QgsFileWidget>( form, "DataPaKartaSchoolsCache" )
        ->setFilePath( mConfig.schools.cacheDir );
    field<QLineEdit>( form, "DataPaKartaMunicipality" )->setText( mConfig.municipality );
    auto *period = field<QComboBox>( form, "DataPaKartaPeriod" );
    const int index = period->findText( mConfig.period.toString() );
    ASSERT_GE( index, 0 ) << "the export's school year is not offered";
    period->setCurrentIndex( index );
    auto *indicators = field<QListWidget>( form, "DataPaKartaRunIndicators" );
    for ( int i = 0; i < indicators->count(); ++i )
    {
      QListWidgetItem *item = indicators->item( i );
      item->setCheckState( mConfig.indicators.contains( item->data( Qt::UserRole ).toString() )
                               ? Qt::Checked
                               : Qt::Unchecked );
    }
    field<QgsMapLayerComboBox>( form, "DataPaKartaAreaLayer" )->setLayer( mAreaLayer );
    field<QgsFieldComboBox>( form, "DataPaKartaAreaCodeField" )
        ->setField( mConfig.areas.codeField );
    field<QgsFieldComboBox>( form, "DataPaKartaAreaNameField" )
        ->setField( mConfig.areas.nameField );
    field<QgsFileWidget>( form, "DataPaKartaOutput" )->setFilePath( geopackage() );
  }

  QString geopackage() const
  {
    return QDir( mConfig.outputDir ).filePath( mConfig.outputName + QStringLiteral( ".gpkg" ) );
  }

  QgsVectorLayer *mAreaLayer = nullptr;
};

#endif // DPKSTOCKHOLMFORM_H
