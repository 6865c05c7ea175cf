package io.kaola.user.address.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on {@code address_book_entry} and {@code address_book_owner} (mapper/AddressMapper.xml). */
@Mapper
public interface AddressMapper {

    /** Creates the user's lock row if missing; either way takes its exclusive lock until the transaction ends. */
    void lockBook(@Param("userId") long userId, @Param("now") Instant now);

    List<AddressRow> list(@Param("userId") long userId);

    AddressRow find(@Param("userId") long userId, @Param("id") long id);

    /** Sets {@code row.id} from the generated key. */
    void insert(InsertRow row);

    int update(@Param("userId") long userId, @Param("id") long id, @Param("consignee") String consignee,
               @Param("phone") String phone, @Param("province") String province, @Param("city") String city,
               @Param("district") String district, @Param("detail") String detail, @Param("now") Instant now);

    int delete(@Param("userId") long userId, @Param("id") long id);

    int clearDefault(@Param("userId") long userId);

    int setDefault(@Param("userId") long userId, @Param("id") long id, @Param("now") Instant now);

    /** The insert's parameter; {@code id} is written back. */
    final class InsertRow {
        public Long id;
        public long userId;
        public String consignee, phone, province, city, district, detail;
        public boolean isDefault;
        public Instant now;
    }
}
