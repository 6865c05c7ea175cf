package io.kaola.user.address.infrastructure;

import io.kaola.user.address.domain.Address;
import io.kaola.user.address.domain.AddressRepository;
import io.kaola.user.api.SaveAddressRequest;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link AddressRepository} on MariaDB. */
@Repository
class MyBatisAddressRepository implements AddressRepository {
    private final AddressMapper mapper;

    MyBatisAddressRepository(AddressMapper mapper) { this.mapper = mapper; }

    @Override public void lockBook(long userId, Instant now) { mapper.lockBook(userId, now); }

    @Override public List<Address> list(long userId) {
        return mapper.list(userId).stream().map(MyBatisAddressRepository::toDomain).toList();
    }

    @Override public Optional<Address> find(long userId, long addressId) {
        return Optional.ofNullable(mapper.find(userId, addressId)).map(MyBatisAddressRepository::toDomain);
    }

    @Override public long insert(long userId, SaveAddressRequest f, boolean isDefault, Instant now) {
        AddressMapper.InsertRow row = new AddressMapper.InsertRow();
        row.userId = userId;
        row.consignee = f.consignee();
        row.phone = f.phone();
        row.province = f.province();
        row.city = f.city();
        row.district = f.district();
        row.detail = f.detail();
        row.isDefault = isDefault;
        row.now = now;
        mapper.insert(row);
        return row.id;
    }

    @Override public boolean update(long userId, long addressId, SaveAddressRequest f, Instant now) {
        return mapper.update(userId, addressId, f.consignee(), f.phone(), f.province(), f.city(), f.district(),
                f.detail(), now) == 1;
    }

    @Override public boolean delete(long userId, long addressId) { return mapper.delete(userId, addressId) == 1; }

    @Override public void makeDefault(long userId, long addressId, Instant now) {
        mapper.clearDefault(userId);
        mapper.setDefault(userId, addressId, now);
    }

    private static Address toDomain(AddressRow r) {
        return new Address(r.id(), r.userId(), r.consignee(), r.phone(), r.province(), r.city(), r.district(),
                r.detail(), r.isDefault(), r.updatedAt());
    }
}
